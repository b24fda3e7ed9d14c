import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topK } from "./top-k.js";

/** What topK replaces: a stable sort of every position by score, then the first k. */
const bySort = (scores: number[], k: number) =>
  scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score).slice(0, Math.max(0, k)).map((e) => e.i);

describe("topK", () => {
  it("selects the same positions, in the same order, as sorting everything (ties by position)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (ints, k) => {
        const scores = ints.map((v) => v / 4); // many ties
        expect(topK(scores, k)).toEqual(bySort(scores, k));
      }),
    );
  });

  it("works on typed arrays and k past the end", () => {
    expect(topK(Float64Array.from([0.5, 2, 2, 1]), 10)).toEqual([1, 2, 3, 0]);
    expect(topK([], 3)).toEqual([]);
  });
});
