import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "./load-knowledge.js";

describe("loadKnowledge on the bundled knowledge", () => {
  const knowledge = loadKnowledge("knowledge");

  it("has real documents for every core topic", () => {
    expect(knowledge.documentCount).toBeGreaterThanOrEqual(12);
    for (const topic of ["medical-insurance", "education", "financing", "ip"]) {
      const docs = new Set(knowledge.passages.filter((p) => p.topic === topic).map((p) => p.docId));
      expect(docs.size, topic).toBeGreaterThanOrEqual(3);
    }
  });

  it("names an issuer and dates on every passage", () => {
    for (const p of knowledge.passages) {
      expect(p.issuer.length).toBeGreaterThan(1);
      expect(p.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("loadKnowledge", () => {
  const doc = (id: string) =>
    `---\nid: ${id}\ntitle: 标题\ntopic: ip\naudience: both\nissuer: 国家知识产权局\neffective: 2021-06-01\nreviewed: 2026-11-26\nregion: 全国\n---\n## 问题\n答案。\n`;

  it("changes its content hash when a file changes", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "ip"));
    fs.writeFileSync(path.join(dir, "ip", "a.md"), doc("a"));
    const before = loadKnowledge(dir).contentHash;
    expect(loadKnowledge(dir).contentHash).toBe(before);
    fs.writeFileSync(path.join(dir, "ip", "a.md"), doc("a").replace("答案。", "新答案。"));
    expect(loadKnowledge(dir).contentHash).not.toBe(before);
  });

  it("rejects two files with one id", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "ip"));
    fs.mkdirSync(path.join(dir, "faq"));
    fs.writeFileSync(path.join(dir, "ip", "a.md"), doc("a"));
    fs.writeFileSync(path.join(dir, "faq", "a.md"), doc("a"));
    expect(() => loadKnowledge(dir)).toThrow(/already used/);
  });
});
