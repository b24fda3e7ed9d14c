import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import { leadingArticle, LEADING_MIN_SCORE, LEADING_RATIO } from "./leading-article.js";

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
