import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../src/answer/index.js";
import { citationMetrics, sameArticle } from "./citation.js";
import type { EvalRecord } from "./types.js";

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

describe("citationMetrics", () => {
  const record = (citations: ChatResponse["citations"]): EvalRecord =>
    ({ item: { id: "q", question: "q", status: "answered", keyFact: "k", docId: "guide", section: "多久" }, response: { status: "answered", citations } }) as unknown as EvalRecord;
  const cite = (docId: string, section: string, quote?: true) => ({ docId, section, title: "t", issuer: "i", snippet: "s", ...(quote ? { quote } : {}) });

  it("counts the section cited after a quoted official article as cited first, but not a section after another section", () => {
    expect(citationMetrics([record([cite("law", "第十七条", true), cite("guide", "多久")])])[0]!.value).toBe(1);
    expect(citationMetrics([record([cite("guide", "多久")])])[0]!.value).toBe(1);
    expect(citationMetrics([record([cite("other", "别的"), cite("guide", "多久")])])[0]!.value).toBe(0);
  });
});
