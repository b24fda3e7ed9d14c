import type { ScoredId } from "./bm25.js";

/**
 * Reciprocal-rank fusion: each ranking contributes 1/(k + rank). Robust to rankings whose
 * scores live on different scales (BM25 vs cosine), which is why it is used instead of sums.
 */
export function reciprocalRankFusion(rankings: readonly (readonly ScoredId[])[], k = 60): ScoredId[] {
  const fused = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((item, rank) => fused.set(item.id, (fused.get(item.id) ?? 0) + 1 / (k + rank + 1)));
  }
  return [...fused].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
