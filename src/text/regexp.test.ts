import { describe, expect, it } from "vitest";
import { escapeRegExp, requiredPrefix } from "./regexp.js";

describe("requiredPrefix", () => {
  it("is the literal opening of a pattern, up to its first special character", () => {
    expect(requiredPrefix("发明(?!创造|人)")).toBe("发明");
    expect(requiredPrefix("单位(交|缴)的医保")).toBe("单位");
    expect(requiredPrefix("生源地(信用)?(助学)?贷款")).toBe("生源地");
    expect(requiredPrefix(escapeRegExp("多少钱"))).toBe("多少钱");
  });

  it("leaves out a last character that a quantifier makes optional", () => {
    expect(requiredPrefix("本科生?")).toBe("本科");
    expect(requiredPrefix("五保户*")).toBe("五保");
    expect(requiredPrefix("社保{0,1}")).toBe("社");
    expect(requiredPrefix("补贴+")).toBe("补贴");
  });

  it("is empty when nothing is certain: a top-level alternative, an opening group, class or escape, a letter with case", () => {
    expect(requiredPrefix("社保|医保")).toBe("");
    expect(requiredPrefix("(?<!不)交")).toBe("");
    expect(requiredPrefix("[社医]保")).toBe("");
    expect(requiredPrefix("\\d+元")).toBe("");
    expect(requiredPrefix("app")).toBe("");
    expect(requiredPrefix("12345热线")).toBe("12345热线");
    expect(requiredPrefix("CPI指数")).toBe("");
  });

  it("never rules out a text the pattern matches", () => {
    const patterns = ["发明(?!创造|人)", "本科生?", "低保(户|对象)?", "app", "专利", "社保{0,1}卡"];
    const texts = ["发明专利", "本科", "本科生", "低保户", "APP怎么下载", "社卡", "社保卡", "专利申请"];
    for (const source of patterns) {
      const prefix = requiredPrefix(source);
      for (const text of texts) if (new RegExp(source, "gi").test(text)) expect(text.includes(prefix)).toBe(true);
    }
  });
});
