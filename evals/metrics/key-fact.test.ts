import { describe, expect, it } from "vitest";
import { containsKeyFact } from "./key-fact.js";

describe("containsKeyFact", () => {
  it("finds the fact after normalisation (Chinese numerals, 半年)", () => {
    expect(containsKeyFact("保护期为二十年", "20年")).toBe(true);
    expect(containsKeyFact("缴费满半年", "6个月")).toBe(true);
  });

  it("takes a sum written in 万 as the same sum in digits, both ways", () => {
    expect(containsKeyFact("硕士研究生每生每年2万元", "20000元")).toBe(true);
    expect(containsKeyFact("本专科生由1.6万元提高到两万元", "16000元")).toBe(true);
    expect(containsKeyFact("每年最高25000元", "2.5万元")).toBe(true);
  });

  it("does not take another sum, or a count of people, for the fact", () => {
    expect(containsKeyFact("硕士研究生每生每年2万元", "30000元")).toBe(false);
    expect(containsKeyFact("名额由3.5万名增加到7万名", "35000元")).toBe(false);
    expect(containsKeyFact("每年2万元", "200000元")).toBe(false);
  });
});
