import { describe, expect, it } from "vitest";
import { DEFAULT_RERANK_WEIGHTS, rerankScore, rerankScorer, type RerankFeatures, type RerankWeights } from "./rerank.js";

const keys = Object.keys(DEFAULT_RERANK_WEIGHTS) as (keyof RerankFeatures)[];
const random = (seed: number): RerankFeatures => Object.fromEntries(keys.map((key, i) => [key, ((seed * 7919 + i * 104_729) % 1000) / 999])) as unknown as RerankFeatures;

describe("rerankScorer", () => {
  it("scores exactly as rerankScore, whatever the weights", () => {
    const odd: RerankWeights = { ...DEFAULT_RERANK_WEIGHTS, fusion: 0.3, vector: 0.07, bigramCoverage: 0.011 };
    const none = Object.fromEntries(keys.map((key) => [key, 0])) as unknown as RerankWeights;
    // The same weights in another order take the general path; each must score as the plain weighted mean.
    const reordered = Object.fromEntries([...keys].reverse().map((key) => [key, odd[key]])) as unknown as RerankWeights;
    const plain = (features: RerankFeatures, weights: RerankWeights) => {
      let total = 0;
      let sum = 0;
      for (const key of Object.keys(weights) as (keyof RerankFeatures)[]) [total, sum] = [total + weights[key] * features[key], sum + weights[key]];
      return sum === 0 ? 0 : total / sum;
    };
    for (const weights of [DEFAULT_RERANK_WEIGHTS, odd, none, reordered]) {
      for (let seed = 0; seed < 50; seed += 1) expect(rerankScorer(weights)(random(seed))).toBe(plain(random(seed), weights));
      const score = rerankScorer(weights);
      for (let seed = 0; seed < 50; seed += 1) expect(score(random(seed))).toBe(rerankScore(random(seed), weights));
    }
  });
});
