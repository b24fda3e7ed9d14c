import { describe, expect, it } from "vitest";
import { parseChineseNumeral, unifyNumbers } from "./chinese-numbers.js";
import { normalizeText } from "./normalize.js";

describe("normalizeText", () => {
  it("folds full-width characters to half-width", () => {
    expect(normalizeText("ＡＰＰ　１２３４５")).toBe("app 12345");
  });

  it("turns traditional characters into simplified ones", () => {
    expect(normalizeText("醫療保險異地就醫怎麼報銷")).toBe("医疗保险异地就医怎么报销");
  });

  it("unifies Chinese numerals with digits", () => {
    expect(normalizeText("贷款二十万元，期限三年")).toBe("贷款20万元,期限3年");
    // Spoken shorthand: the trailing digit belongs to the next lower unit.
    expect(normalizeText("每年三千六")).toBe("每年3600");
    expect(normalizeText("一年能存一万二")).toBe("1年能存12000");
    expect(normalizeText("两百五")).toBe("250");
    expect(normalizeText("三千零六")).toBe("3006");
    expect(normalizeText("三十万零五千元")).toBe("305000元");
    expect(normalizeText("千万不要")).toBe("千万不要");
    expect(unifyNumbers("报销百分之五十")).toBe("报销50%");
    expect(unifyNumbers("六周岁入学")).toBe("6周岁入学");
  });

  it("leaves numerals that are part of words alone", () => {
    expect(unifyNumbers("一网通办")).toBe("一网通办");
    expect(unifyNumbers("两病门诊用药")).toBe("两病门诊用药");
    expect(unifyNumbers("从百分之多少开始报")).toBe("从百分之多少开始报");
    expect(unifyNumbers("交满十年")).toBe("交满10年");
    expect(unifyNumbers("居住半年以上")).toBe("居住6个月以上");
    expect(unifyNumbers("一年半")).toBe("1年半");
    expect(unifyNumbers("今年上半年")).toBe("今年上半年");
  });
});

describe("parseChineseNumeral", () => {
  it("reads compound numerals", () => {
    expect(parseChineseNumeral("三百")).toBe(300);
    expect(parseChineseNumeral("十五")).toBe(15);
    expect(parseChineseNumeral("一千零五")).toBe(1005);
    expect(parseChineseNumeral("二〇二五")).toBe(2025);
  });
});
