import { describe, expect, it } from "vitest";
import { containmentCache, MIN_WORDS } from "./containment-cache.js";
import { coverageMeasure, type PreparedQuery } from "./query.js";
import { textFilter } from "./text-filter.js";

const idf = (word: string) => ({ 娃: 2, 看病: 1, 报销: 3, 入学: 2 })[word] ?? 1;
const ask = (words: string[]): PreparedQuery => ({
  original: words.join(""),
  normalized: words.join(""),
  expanded: words.join(""),
  words,
  matches: [{ colloquial: "娃", official: ["子女", "未成年人"] }],
});

/** A passage as the retriever holds it: its whole text, its question side and each part's span in it. */
function passage(sides: string[], body: string) {
  const question = sides.join("\n");
  const spans = Int32Array.from(sides.flatMap((side) => [question.indexOf(side), question.indexOf(side) + side.length]));
  const whole = `${question}\n${body}`;
  return { whole, question, spans, filters: { whole: textFilter(whole), question: textFilter(question) } };
}

const passages = [
  passage(["未成年人看病", "报销比例是多少", "子女入学"], "看病报销按规定办理"),
  passage(["企业开办"], "营业执照"),
  passage(["看病报销", "娃看病能报销吗"], "病\n报"),
  passage(Array.from({ length: 40 }, (_, i) => `第${i}问看病`), "报销"),
];
const questions = [ask(["娃", "看病", "报销"]), ask(["报销", "入学"]), ask(["病\n报", "报销", ""]), ask([])];

describe("containment cache", () => {
  it("measures every passage as without it, the first time and from its cells after", () => {
    const cache = containmentCache(passages.length);
    for (let round = 0; round < 2; round += 1) {
      for (const query of questions) {
        const plain = coverageMeasure(query, idf);
        const cached = coverageMeasure(query, idf, cache);
        passages.forEach((p, slot) => {
          expect(cached(p.whole, p.filters.whole, slot)).toBe(plain(p.whole, p.filters.whole));
          expect(cached.questionAndSides(p.question, p.filters.question, p.spans, slot)).toEqual(plain.questionAndSides(p.question, p.filters.question, p.spans));
        });
      }
    }
  });

  it("measures a passage beyond its slots, or without a slot, as before", () => {
    const cache = containmentCache(1);
    const query = questions[0]!;
    const [plain, cached] = [coverageMeasure(query, idf), coverageMeasure(query, idf, cache)];
    const p = passages[2]!;
    expect(cached(p.whole, p.filters.whole, 5)).toBe(plain(p.whole, p.filters.whole));
    expect(cached(p.whole)).toBe(plain(p.whole));
    expect(cached.questionAndSides(p.question, p.filters.question, p.spans, 5)).toEqual(plain.questionAndSides(p.question, p.filters.question, p.spans));
  });

  it("forgets the oldest word past its budget, and is off when the budget holds too few words", () => {
    const cache = containmentCache(1, MIN_WORDS * 4)!;
    const first = cache.cellsFor("社保");
    first[0] = 7;
    expect(cache.cellsFor("社保")).toBe(first);
    for (let i = 0; i < MIN_WORDS; i += 1) cache.cellsFor(`词${i}`);
    expect(cache.cellsFor("社保")[0]).toBe(0);
    expect(containmentCache(1000, (MIN_WORDS - 1) * 4 * 1000)).toBeNull();
    expect(containmentCache(5000)).toBeNull(); // the default budget: off above 4,096 passages
  });
});
