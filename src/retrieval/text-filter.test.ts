import { describe, expect, it } from "vitest";
import { mayContain, patternKeys, textFilter } from "./text-filter.js";

describe("textFilter", () => {
  const text = "参加职工基本医疗保险的个人，达到法定退休年龄时累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费。";

  it("never rules out a substring of the text", () => {
    const filter = textFilter(text);
    for (let start = 0; start < text.length; start += 1) {
      for (let end = start; end <= Math.min(text.length, start + 6); end += 1) {
        expect(mayContain(filter, patternKeys(text.slice(start, end)))).toBe(true);
      }
    }
  });

  it("rules out most words the text lacks", () => {
    const filter = textFilter(text);
    const absent = ["公积金", "住房", "失业金", "生育津贴", "工伤", "子女入学", "营业执照", "商标", "专利", "社保卡", "护照", "驾驶证"];
    const passed = absent.filter((word) => mayContain(filter, patternKeys(word)));
    expect(passed.length).toBeLessThanOrEqual(2);
  });

  it("treats the empty pattern as always there, as includes does", () => {
    expect(mayContain(textFilter(""), patternKeys(""))).toBe(true);
    expect(mayContain(textFilter(""), patternKeys("医"))).toBe(false);
  });
});
