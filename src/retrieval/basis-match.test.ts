import { describe, expect, it } from "vitest";
import { characterBigrams } from "../text/index.js";
import { basisMatch, BASIS_PAIR_WEIGHT, pairShareMeasure } from "./basis-match.js";
import { coverageMeasure, type PreparedQuery } from "./query.js";
import { textFilter } from "./text-filter.js";

const articles = [
  "用人单位应当按照国家规定为劳动者缴纳社会保险费。",
  "职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。",
  "参加职工基本医疗保险的个人，达到法定退休年龄时累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费。",
  "失业人员在领取失业保险金期间，参加职工基本医疗保险，享受基本医疗保险待遇。",
  "国家建立基本养老保险制度。",
  "",
];
const question = "退休后还要交医疗保险吗";
const grams = [...new Set(characterBigrams(question))];
// Any positive weights: the shares only add them up.
const weight = (key: string) => 1 + (key.charCodeAt(1) % 7);
const query: PreparedQuery = { original: question, normalized: question, expanded: question, words: ["退休", "医疗保险", "缴纳"], matches: [] };

/** The share as plain substring tests, without filters. */
function plainShare(text: string): number {
  const total = grams.reduce((sum, g) => sum + weight(`#${g}`), 0);
  return grams.reduce((sum, g) => sum + (text.includes(g) ? weight(`#${g}`) : 0), 0) / total;
}

describe("pairShareMeasure", () => {
  const share = pairShareMeasure(grams, weight);

  it("gives the share of the question's pairs a text holds, with or without the text's filter", () => {
    for (const text of articles) {
      expect(share(text)).toBe(plainShare(text));
      expect(share(text, textFilter(text))).toBe(plainShare(text));
    }
    expect(share(articles[2]!)).toBeGreaterThan(share(articles[4]!));
  });

  it("is 0 for a question without pairs", () => {
    expect(pairShareMeasure([], weight)("任何文本")).toBe(0);
  });
});

describe("basisMatch", () => {
  const cover = coverageMeasure(query, (word) => word.length);
  const match = basisMatch(cover, pairShareMeasure(grams, weight));
  const full = (text: string) => cover(text) + BASIS_PAIR_WEIGHT * plainShare(text);

  it("without a floor, is the words' coverage plus half the pair share", () => {
    for (const text of articles) expect(match(text, textFilter(text))).toBe(full(text));
  });

  it("is exact for every score that reaches the floor, and below the floor for every other", () => {
    for (const text of articles) {
      for (const floor of [0, 0.2, 0.5, 0.8, 1, 1.2, 1.5, 2]) {
        const score = match(text, textFilter(text), floor);
        if (full(text) >= floor) expect(score).toBe(full(text));
        else expect(score).toBeLessThan(floor);
      }
    }
  });

  it("skips the pairs of an article whose words cannot bring it to the floor", () => {
    let measured = 0;
    const counting = basisMatch(cover, (text) => {
      measured += 1;
      return plainShare(text);
    });
    counting(articles[4]!, textFilter(articles[4]!), 1.2);
    expect(measured).toBe(0);
    counting(articles[2]!, textFilter(articles[2]!), 1.2);
    expect(measured).toBe(1);
  });
});
