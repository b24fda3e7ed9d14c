import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/index.js";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { loadReplies } from "../replies.js";
import { check } from "./check.js";
import { compose } from "./compose.js";
import { validity } from "./validity.js";
import { createSectionFrames, loadFrameVocabulary } from "../../understanding/index.js";

const section = (docId: string, heading: string, body: string, extra: Partial<Passage> = {}): Passage => ({
  id: `${docId}#${heading}`, docId, heading, body, title: `${docId}文件`, topic: "financing", audience: "enterprise", issuer: "人力资源社会保障部",
  effective: "2025-04-14", reviewed: "2026-12-06", region: "全国", status: "current", phrasings: [], file: `${docId}.md`, ...extra,
});
const candidate = (passage: Passage, score = 0.9): Candidate => ({
  passage, score, vectorScore: 0.5, coverage: 0.8, questionCoverage: 0.8, classifierProbability: 0.5,
  features: { fusion: 1, coverage: 0.8, questionCoverage: 0.8, phrasingMatch: 0, bigramCoverage: 0.8, vector: 0.5, keyword: 1, questionKeyword: 1, sectionClassifier: 1 },
});

const oldRate = section("old", "返还比例", "中小微企业按不超过60%返还。", { expires: "2025-12-31", status: "current" });
const newRate = section("new", "返还比例", "中小微企业按不超过70%返还。");
const newWhere = section("new", "去哪申请", "由失业保险经办机构审核。");
const replies = loadReplies("prompts");
const vocabulary = loadFrameVocabulary("knowledge/lexicon");

function answer(candidates: Candidate[], today: string, knowledge: Passage[] = [newRate, newWhere]) {
  const deps = {
    replies,
    routing: loadConfig({}).routing,
    clock: () => new Date(`${today}T09:00:00+08:00`),
    understanding: { vocabulary, sections: createSectionFrames([...candidates.map((c) => c.passage), ...knowledge], vocabulary) },
  } as unknown as PipelineDeps;
  const ctx = createContext({ message: "稳岗返还比例是多少", sessionId: "s", channel: "api" });
  ctx.query = { original: "", normalized: "", expanded: "", words: ["返还", "比例"], matches: [] };
  ctx.candidates = candidates;
  ctx.confidence = 0.9;
  compose(ctx, deps);
  validity(ctx, deps);
  check(ctx, deps);
  return ctx;
}

describe("validity", () => {
  it("answers from a document in force without a notice", () => {
    const ctx = answer([candidate(oldRate)], "2025-06-01");
    expect(ctx.status).toBe("answered");
    expect(ctx.answer.split("\n")[0]).toBe(oldRate.body);
  });

  it("says when the policy ends if that is within 60 days", () => {
    const ctx = answer([candidate(oldRate)], "2025-12-01");
    expect(ctx.answer).toContain(replies.render("validity_expiring", { date: "2025-12-31", days: "30" }));
    expect(ctx.status).toBe("answered");
  });

  it("names the successor of a policy ending soon when it is known (a revised law already adopted)", () => {
    const ctx = answer([candidate({ ...oldRate, supersededBy: "修订后的办法（2026年1月1日起施行）" })], "2025-12-01");
    expect(ctx.answer).toContain(replies.render("validity_expiring_replaced", { date: "2025-12-31", days: "30", successor: "修订后的办法（2026年1月1日起施行）" }));
    expect(ctx.answer).not.toContain("是否延续");
    expect(ctx.status).toBe("answered");
  });

  it("says a policy past its end date has ended, and when, when no successor is known", () => {
    const ctx = answer([candidate(oldRate)], "2026-03-01");
    expect(ctx.status).toBe("answered");
    expect(ctx.answer.startsWith(replies.render("validity_ended", { old: oldRate.title, date: "2025-12-31" }))).toBe(true);
    expect(ctx.answer).toContain(oldRate.body);
    expect(ctx.confidence).toBeLessThanOrEqual(0.5);
  });

  it("answers an expired document's question from its successor, naming both", () => {
    const expired = { ...oldRate, supersededBy: "new" };
    const ctx = answer([candidate(expired), candidate(section("other", "无关", "无关内容。"), 0.5)], "2026-03-01");
    expect(ctx.status).toBe("answered");
    expect(ctx.answer).toContain(replies.render("validity_replaced", { old: oldRate.title, successor: newRate.title }));
    expect(ctx.answer).toContain("70%");
    expect(ctx.answer).not.toContain("60%");
    expect(ctx.citations.map((c) => [c.docId, c.section])).toEqual([["new", "返还比例"]]);
  });

  it("answers a superseded document's question from the successor section the retrieval ranked", () => {
    const superseded = section("old", "办理渠道", "向社保局申请。", { status: "superseded", supersededBy: "new" });
    const ctx = answer([candidate(superseded), candidate(newWhere, 0.7)], "2026-03-01");
    expect(ctx.citations.map((c) => c.section)).toEqual(["去哪申请"]);
    expect(ctx.answer).toContain(newWhere.body);
  });

  it("escalates when the successor is named but not in the knowledge", () => {
    const superseded = { ...oldRate, status: "superseded" as const, supersededBy: "《新的通知》（人社部发〔2026〕1号）" };
    const ctx = answer([candidate(superseded)], "2025-06-01", []);
    expect(ctx.status).toBe("escalated");
    expect(ctx.escalationReason).toBe("policy_changed");
    expect(ctx.notices[0]).toContain("人社部发〔2026〕1号");
  });
});
