import { describe, expect, it } from "vitest";
import { hash, intentFeatures, lastClause, type WordCutter } from "./intent-features.js";

const words = (cut: Record<string, string[]>, signature = "test"): WordCutter => ({ cut: (normalized) => cut[normalized] ?? [], signature });

describe("intent features", () => {
  it("hashes each character n-gram as the string of it would hash, in the same order", () => {
    const chars = [..."社保卡丢了𠀀怎么补"];
    const expected = new Set<number>();
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) expected.add(hash(`${n}:${chars.slice(i, i + n).join("")}`));
    expect(intentFeatures("社保卡丢了𠀀怎么补")).toEqual([...expected]);
  });

  it("finds the last clause, where a long message puts its ask", () => {
    expect(lastClause("我在深圳交了三年社保，孩子今年初三，能在这边中考吗")).toBe("能在这边中考吗");
    expect(lastClause("你直接给我办了吧。")).toBe("你直接给我办了吧");
  });

  it("adds the last clause's n-grams only when the message has several clauses", () => {
    const short = intentFeatures("我爸50了呢");
    const long = intentFeatures("我爸50了呢，能办吗");
    const plain = new Set([...intentFeatures("我爸50了呢能办吗")]);
    // The one-clause message has only its own n-grams; the two-clause one has extra, marked ones for 能办吗.
    expect(long.filter((f) => !plain.has(f)).length).toBeGreaterThan(0);
    expect(short.every((f) => intentFeatures("我爸50了呢").includes(f))).toBe(true);
    expect(short.length).toBe(new Set(short).size);
  });

  it("adds the segmenter's words when a cutter is given", () => {
    const withoutWords = intentFeatures("参保地怎么改");
    const withWords = intentFeatures("参保地怎么改", words({ 参保地怎么改: ["参保地", "改"] }));
    expect(withWords.length).toBeGreaterThan(withoutWords.length);
    expect(withoutWords.every((f) => withWords.includes(f))).toBe(true);
  });
});
