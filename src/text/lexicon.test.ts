import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLexicon, loadLexicon, parseLexicon } from "./lexicon.js";

describe("lexicon", () => {
  const lexicon = createLexicon(parseLexicon("看病\t就医\n外省\t异地 跨省\n外省看病\t异地就医\n# comment\n"));

  it("maps colloquial phrases to official terms, longest phrase first", () => {
    const matches = lexicon.match("在外省看病能报销吗");
    expect(matches.map((m) => m.colloquial)).toEqual(["外省看病"]);
    expect(lexicon.expand("在外省看病能报销吗")).toBe("在外省看病能报销吗 异地就医");
  });

  it("does not repeat terms the question already has", () => {
    expect(lexicon.expand("看病就医")).toBe("看病就医");
  });

  it("finds the same phrases in the same order as trying every phrase longest first", () => {
    const entries = parseLexicon("看病\t就医\n外省\t异地\n外省看病\t异地就医\n病假\t医疗期\n省看\t省级\n看\t查看\n假条\t证明\n");
    const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
    // The plain reading: every phrase, longest first, each found one blanked out so its parts are not found again.
    const reference = (text: string) => {
      let rest = text;
      return keys.flatMap((key) => {
        if (!rest.includes(key)) return [];
        rest = rest.split(key).join(" ".repeat(key.length));
        return [key];
      });
    };
    const fast = createLexicon(entries);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."看病外省假条在能吗"), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(fast.match(text).map((m) => m.colloquial)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it("names the line of a malformed entry", () => {
    expect(() => parseLexicon("看病 就医", "colloquial.tsv")).toThrow(/colloquial\.tsv:1/);
  });

  it("loads the bundled lexicon with the core colloquial mappings", () => {
    const bundled = loadLexicon("knowledge/lexicon/colloquial");
    expect(bundled.size).toBeGreaterThanOrEqual(300);
    const official = (text: string) => bundled.match(text).flatMap((m) => m.official);
    expect(official("看病")).toContain("就医");
    expect(official("外地")).toContain("异地");
    expect(official("开公司")).toContain("企业开办");
    expect(official("关公司")).toContain("注销");
    expect(official("借钱")).toContain("贷款");
    expect(official("被山寨")).toContain("侵权");
    expect(official("上学")).toContain("入学");
  });

  it("merges the files of a lexicon folder and fails loudly on a missing one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-lexicon-"));
    fs.writeFileSync(path.join(dir, "a.tsv"), "看病\t就医\n");
    fs.writeFileSync(path.join(dir, "b.tsv"), "看病\t医疗\n借钱\t贷款\n");
    fs.writeFileSync(path.join(dir, "notes.md"), "not a lexicon file");
    const merged = loadLexicon(dir);
    expect(merged.size).toBe(2);
    expect(merged.match("看病").flatMap((m) => m.official)).toEqual(["就医", "医疗"]);
    expect(() => loadLexicon(path.join(dir, "missing"))).toThrow(/Lexicon folder not found/);
  });
});
