import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { knowledgeDictionary } from "./jieba-dictionary.js";

/** A small stand-in for jieba's dictionary: word, frequency, tag. */
const FULL = ["医保 500 n", "报销 300 v", "门诊 40 n", "慢特病 3 n", "恐龙 2 n", "的 9000 uj", "火山口 5 n"];

function setUp() {
  const dir = tempDir();
  const full = path.join(dir, "full.dict.utf8");
  fs.writeFileSync(full, `${FULL.join("\n")}\n`);
  const knowledge = path.join(dir, "knowledge");
  fs.mkdirSync(knowledge);
  fs.writeFileSync(path.join(knowledge, "a.md"), "# 门诊慢特病\n\n医保可以报销。\n");
  const options = { cacheDir: path.join(dir, "cache"), textDirs: [knowledge], contentHash: "v1", fullDictionary: full, commonFrequency: 100 };
  return { options, knowledge };
}

const entries = (file: string) => fs.readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(" "));

describe("knowledgeDictionary", () => {
  it("keeps the knowledge's words and the common ones, and jieba's sum and smallest frequency", () => {
    const { options } = setUp();
    const lines = entries(knowledgeDictionary(options));
    const words = lines.map(([w]) => w);
    expect(words).toEqual(expect.arrayContaining(["医保", "报销", "的", "门诊", "慢特病"]));
    expect(words).not.toContain("火山口"); // rare and absent from the knowledge
    const sum = (rows: string[][]) => rows.reduce((s, [, f]) => s + Number(f), 0);
    expect(sum(lines)).toBe(sum(FULL.map((l) => l.split(" "))));
    expect(Math.min(...lines.map(([, f]) => Number(f)))).toBe(2);
  });

  it("is built once per knowledge version and rebuilt when it changes", () => {
    const { options, knowledge } = setUp();
    const first = knowledgeDictionary(options);
    expect(knowledgeDictionary(options)).toBe(first);
    fs.writeFileSync(path.join(knowledge, "b.md"), "火山口的规定\n");
    const second = knowledgeDictionary({ ...options, contentHash: "v2" });
    expect(second).not.toBe(first);
    expect(entries(second).map(([w]) => w)).toContain("火山口");
    expect(fs.existsSync(first)).toBe(false);
  });
});
