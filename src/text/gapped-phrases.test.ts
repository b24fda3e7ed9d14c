import { describe, expect, it } from "vitest";
import { createLexicon } from "./lexicon.js";

const entries = new Map<string, string[]>([
  ["商标过期", ["商标续展", "宽展期"]],
  ["医保交满", ["缴费年限"]],
  ["身份证过期", ["换领"]],
]);
const lexicon = createLexicon(entries, { domainTerms: ["商标", "医保", "居民医保", "身份证"] });
const keys = (text: string) => lexicon.matchQuestion(text).map((m) => m.colloquial);

describe("two-part phrases with words between their parts (matchQuestion)", () => {
  it("finds a phrase whose parts a question separates, and only for questions", () => {
    expect(keys("商标要是已经过期了咋办")).toEqual(["商标过期"]);
    expect(keys("身份证快过期了怎么办")).toEqual(["身份证过期"]);
    expect(lexicon.match("商标要是已经过期了咋办")).toEqual([]);
  });

  it("keeps a whole phrase once and does not pair parts across a clause or a long stretch", () => {
    expect(keys("商标过期了咋办")).toEqual(["商标过期"]);
    expect(keys("商标注册好了，明年过期")).toEqual([]);
    expect(keys("商标注册以后一直没有使用现在过期了")).toEqual([]);
  });

  it("does not take a first part inside a longer term (医保 of 居民医保)", () => {
    expect(keys("居民医保连着交满几年有奖励")).toEqual([]);
    expect(keys("我的医保已经交满15年了")).toEqual(["医保交满"]);
  });
});
