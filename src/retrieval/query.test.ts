import { describe, expect, it } from "vitest";
import { coverageMeasure, weightedCoverage, type PreparedQuery } from "./query.js";

const query: PreparedQuery = {
  original: "娃看病能报销吗",
  normalized: "娃看病能报销吗",
  expanded: "娃看病能报销吗 子女 医保报销",
  words: ["娃", "看病", "报销"],
  matches: [{ colloquial: "娃", official: ["子女", "未成年人"] }],
};
const idf = (word: string) => ({ 娃: 2, 看病: 1, 报销: 3 })[word] ?? 0;

describe("question coverage", () => {
  it("weighs the words found by IDF, counting a colloquial word as found through its official terms", () => {
    expect(weightedCoverage(query, "未成年人看病的报销比例", idf)).toBeCloseTo(1);
    expect(weightedCoverage(query, "报销比例", idf)).toBeCloseTo(3 / 6);
    expect(weightedCoverage(query, "子女入学", idf)).toBeCloseTo(2 / 6);
    expect(weightedCoverage(query, "企业开办", idf)).toBe(0);
  });

  it("serves many texts with one plan, each measured on its own", () => {
    const measure = coverageMeasure(query, idf);
    expect(["未成年人看病的报销比例", "报销比例", "子女入学", "企业开办", ""].map(measure)).toEqual([1, 0.5, 2 / 6, 0, 0]);
    expect(coverageMeasure({ ...query, words: [] }, idf)("报销")).toBe(0);
  });
});
