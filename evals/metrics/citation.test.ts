import { describe, expect, it } from "vitest";
import { sameArticle } from "./citation.js";

describe("sameArticle", () => {
  it("counts a whole article as citing a 款 of it", () => {
    expect(sameArticle("第十四条", "第十四条第一款")).toBe(true);
    expect(sameArticle("第十四条", "第十四条")).toBe(true);
  });
  it("refuses another article or another 款 of a split article", () => {
    expect(sameArticle("第十五条", "第十四条第一款")).toBe(false);
    expect(sameArticle("第十四条", "第十四")).toBe(false);
    expect(sameArticle("第十七条第一款", "第十七条第二款")).toBe(false);
    expect(sameArticle("第十七条第二款", "第十七条")).toBe(true);
  });
  it("compares other headings exactly", () => {
    expect(sameArticle("企业年报什么时候报", "企业年报什么时候报")).toBe(true);
    expect(sameArticle("二、（三）", "二、（一）")).toBe(false);
  });
});
