import { describe, expect, it } from "vitest";
import { checkKnowledge } from "./check-knowledge.js";
import { loadKnowledge } from "./load-knowledge.js";
import type { Passage } from "./schema.js";
import { isoDay } from "./validity.js";

const doc = (docId: string, extra: Partial<Passage> = {}): Passage => ({
  id: `${docId}#1`, docId, heading: "一节", body: "正文。", title: docId, topic: "financing", audience: "both", issuer: "国务院",
  effective: "2024-01-01", reviewed: "2026-12-06", region: "全国", status: "current", phrasings: [], file: `financing/${docId}.md`, ...extra,
});

describe("checkKnowledge", () => {
  it("fails on a document past its end date that is still marked current", () => {
    const report = checkKnowledge([doc("a", { expires: "2025-12-31" })], "2026-01-01");
    expect(report.errors).toEqual([expect.stringMatching(/financing\/a\.md: expired on 2025-12-31 but status is current/)]);
    expect(checkKnowledge([doc("a", { expires: "2025-12-31" })], "2025-12-31").errors).toEqual([]);
    expect(checkKnowledge([doc("a", { expires: "2025-12-31", status: "expired" })], "2026-01-01").errors).toEqual([]);
  });

  it("fails on a successor id that is not in the knowledge, and on superseded without a successor", () => {
    const report = checkKnowledge([doc("a", { status: "superseded", supersededBy: "missing-doc" }), doc("b", { status: "superseded" })], "2026-12-06");
    expect(report.errors).toHaveLength(2);
    expect(report.errors[0]).toMatch(/supersededBy "missing-doc" is not a document id/);
    expect(report.errors[1]).toMatch(/b\.md: status superseded needs supersededBy/);
    // A title and 文号 names a successor outside the knowledge: allowed.
    const named = checkKnowledge([doc("a", { status: "superseded", supersededBy: "《新办法》（财金〔2023〕75号）" })], "2026-12-06");
    expect(named.errors).toEqual([]);
    expect(checkKnowledge([doc("a", { status: "superseded", supersededBy: "b" }), doc("b")], "2026-12-06").errors).toEqual([]);
  });

  it("lists files reviewed more than a year ago without failing", () => {
    const report = checkKnowledge([doc("old", { reviewed: "2025-12-01" }), doc("fresh")], "2026-12-06");
    expect(report.reviewDue).toEqual(["financing/old.md (reviewed 2025-12-01)"]);
    expect(report.errors).toEqual([]);
  });

  it("passes on the bundled knowledge today", () => {
    const report = checkKnowledge(loadKnowledge("knowledge").passages, isoDay(new Date()));
    expect(report.errors).toEqual([]);
  });
});
