import { describe, expect, it } from "vitest";
import { textFilter } from "./text-filter.js";
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
    expect(["未成年人看病的报销比例", "报销比例", "子女入学", "企业开办", ""].map((text) => measure(text))).toEqual([1, 0.5, 2 / 6, 0, 0]);
    expect(coverageMeasure({ ...query, words: [] }, idf)("报销")).toBe(0);
  });

  it("measures a question side and the best of its parts as each on its own", () => {
    const measure = coverageMeasure(query, idf);
    const sides = ["未成年人看病", "报销比例是多少", "子女入学", "看病报销"];
    const question = sides.join("\n");
    const spans = Int32Array.from(sides.flatMap((side) => [question.indexOf(side), question.indexOf(side) + side.length]));
    const both = measure.questionAndSides(question, textFilter(question), spans);
    expect(both).toEqual({ question: measure(question), best: Math.max(0, ...sides.map((side) => measure(side))) });
    // A word across two parts (病\n报) is in the question but in neither part.
    const across = coverageMeasure({ ...query, words: ["病\n报", "报销"] }, idf);
    expect(across.questionAndSides(question, textFilter(question), spans)).toEqual({ question: across(question), best: Math.max(0, ...sides.map((side) => across(side))) });
    expect(coverageMeasure({ ...query, words: [] }, idf).questionAndSides(question, textFilter(question), spans)).toEqual({ question: 0, best: 0 });
  });

  it("measures the same with a text's filter as without it", () => {
    const measure = coverageMeasure(query, idf);
    for (const text of ["未成年人看病的报销比例", "报销比例", "子女入学", "企业开办", "", "比例报销的未成年人看病"]) {
      expect(measure(text, textFilter(text))).toBe(measure(text));
    }
  });
});
