import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";
import { loadKnowledge } from "./load-knowledge.js";

// knowledge/COVERAGE.md names the documents still without an official url and those whose `reviewed` date is still
// the 2026-11-26 batch stamp (issue 10). These tests keep those two prose lists equal to the files, so a url or a
// review added later cannot leave the coverage map saying otherwise.
const coverage = readFileSync("knowledge/COVERAGE.md", "utf8");
const { passages } = loadKnowledge("knowledge");
const docs = new Map(passages.map((p) => [p.docId, p]));
const idPattern = /\b(?:education|elderly-care|enterprise|faq|financing|ip|medical-insurance|residence|social-security)-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** The document ids named in COVERAGE.md between a line starting with `from` and the line starting with `to`. */
function namedBetween(from: string, to: string): string[] {
  const start = coverage.indexOf(from);
  const end = coverage.indexOf(to, start);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return [...coverage.slice(start, end).matchAll(idPattern)].map((m) => m[0]).sort();
}

describe("COVERAGE.md lists match the files", () => {
  it("the documents without an official url are exactly those named, and the counts agree", () => {
    const named = namedBetween("Documents still without an official url", "The issue's target");
    const missing = [...docs.values()].filter((p) => !p.url).map((p) => p.docId).sort();
    expect(named).toEqual(missing);
    expect(coverage).toContain(`(${missing.length} of ${docs.size} after`);
    expect(coverage).toContain(`${docs.size - missing.length} of ${docs.size} (`);
  });

  it("the documents still reviewed 2026-11-26 are exactly those named", () => {
    const named = namedBetween("Still `reviewed: 2026-11-26`", "Documents still without an official url");
    const stamped = [...docs.values()].filter((p) => p.reviewed === "2026-11-26").map((p) => p.docId).sort();
    expect(named).toEqual(stamped);
  });

  it("养老机构管理办法 (民政部令第66号) links the official page that reproduces it, in force 2020-11-01", () => {
    const meta = bundledDocument("elderly-care-choosing-institution").meta;
    expect(meta.docNo).toBe("民政部令第66号");
    expect(meta.url).toBe("https://mzj.xuchang.gov.cn/zcfg/20200917/cf5dd1cc-87fe-481c-8500-ce650cfba713.html");
    expect(meta.effective).toBe("2020-11-01");
    expect(meta.status).toBe("current");
  });
});
