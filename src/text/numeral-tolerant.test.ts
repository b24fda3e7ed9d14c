import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.js";
import { numeralTolerant } from "./numeral-tolerant.js";

const matches = (pattern: string, text: string) => new RegExp(numeralTolerant(pattern)).test(normalizeText(text));

describe("numeralTolerant", () => {
  it("a pattern written with 一个 matches the normalised 1个", () => {
    expect(normalizeText("给我编一个悬疑小说开头")).toContain("编1个");
    expect(matches("编(一?个|一段)[^，]{0,20}小说", "给我编一个悬疑小说开头")).toBe(true);
    expect(matches("编(一?个|一段)[^，]{0,20}小说", "给我编一段小说")).toBe(true);
    expect(matches("哪一天", "截止到哪一天")).toBe(true);
  });

  it("still matches the numeral where normalisation keeps it (一下, 两病)", () => {
    expect(matches("看一下", "帮我看一下")).toBe(true);
    expect(matches("两病", "两病门诊用药")).toBe(true);
  });

  it("a class of numerals takes the digits too; escapes and negated classes keep their meaning", () => {
    expect(numeralTolerant("[一二三]个")).toBe("[一二三123]个");
    expect(numeralTolerant("(?<![\\d几一])个人")).toBe("(?<![\\d几一1])个人");
    expect(numeralTolerant("[^一]")).toBe("[^一1]");
    expect(numeralTolerant("\\d{2,}号")).toBe("\\d{2,}号");
    expect(matches("(?<![\\d几一])个人", "一个人")).toBe(false);
  });

  it("leaves a pattern without numerals unchanged", () => {
    expect(numeralTolerant("(写|编)(首|篇).{0,8}(诗|歌)")).toBe("(写|编)(首|篇).{0,8}(诗|歌)");
  });
});
