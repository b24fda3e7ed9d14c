import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairFilter } from "./pair-filter.js";

describe("pairFilter", () => {
  it("never rejects a word the text contains", () => {
    const chars = fc.constantFrom("社", "保", "卡", "医", "疗", "a", "1", " ", "😀");
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (cs, from, length) => {
        const text = cs.join("");
        const start = from % text.length;
        const word = text.slice(start, start + 1 + (length % 6));
        expect(pairFilter(text)(word)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("rejects words with a pair of characters the text lacks, and lets one-character words through to the search", () => {
    const inText = pairFilter("职工基本医疗保险参保人员跨省异地就医直接结算");
    expect(inText("医疗保险")).toBe(true);
    expect(inText("保险参保")).toBe(true);
    const absent = ["公积金", "社保卡", "养老金", "失业保险金", "住房补贴", "营业执照", "商标注册", "专利申请"];
    expect(absent.filter(inText).length).toBeLessThanOrEqual(1); // a hash collision may let one through; includes then says no
    expect(inText("税")).toBe(true);
    expect(pairFilter("")("社保")).toBe(false);
  });
});
