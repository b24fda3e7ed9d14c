import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import { leadingArticle, LEADING_MIN_SCORE, LEADING_RATIO, restatedShare } from "./leading-article.js";

const ranked = (...scores: number[]) => scores.map((score, i) => ({ passage: { id: `law#${i}` } as Passage, score }) as Candidate);

describe("leadingArticle", () => {
  it("is the best article when the next one scores clearly less", () => {
    expect(leadingArticle(ranked(0.4, 0.3))?.id).toBe("law#0");
    expect(leadingArticle(ranked(0.4, LEADING_RATIO * 0.4))?.id).toBe("law#0");
    expect(leadingArticle(ranked(0.3))?.id).toBe("law#0");
  });

  it("is none when two articles score close, or the best scores too little", () => {
    expect(leadingArticle(ranked(0.4, 0.39))).toBeUndefined();
    expect(leadingArticle(ranked(LEADING_MIN_SCORE - 0.01, 0))).toBeUndefined();
    expect(leadingArticle([])).toBeUndefined();
  });
});

describe("restatedShare", () => {
  const text = (body: string) => ({ body }) as Passage;
  it("is the share of the section's character pairs the article holds", () => {
    expect(restatedShare(text("随机抽取检查对象"), text("市场监管领域的行政检查应当通过随机抽取检查对象、随机选派执法检查人员"))).toBe(1);
    expect(restatedShare(text("随机抽取"), text("随机选派"))).toBeCloseTo(1 / 3);
    expect(restatedShare(text("社会保障卡"), text("质押合同应当载明"))).toBe(0);
  });
});
