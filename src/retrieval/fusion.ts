import type { ScoredId } from "./bm25.js";

/** A fused item, with the score each ranking gave it (own[r]: ranking r's; undefined where it is not in that ranking). */
export interface Fused extends ScoredId {
  own: (number | undefined)[];
}

/**
 * Reciprocal-rank fusion: each ranking contributes 1/(k + rank). Robust to rankings whose
 * scores live on different scales (BM25 vs cosine), which is why it is used instead of sums.
 * Each item keeps the rankings' own scores, so the reranker reads them without a map per ranking.
 */
export function fuseRankings(rankings: readonly (readonly ScoredId[])[], k = 60): Fused[] {
  const fused = new Map<string, Fused>();
  rankings.forEach((ranking, r) => {
    ranking.forEach((item, rank) => {
      let entry = fused.get(item.id);
      if (!entry) fused.set(item.id, (entry = { id: item.id, score: 0, own: new Array<number | undefined>(rankings.length) }));
      entry.score += 1 / (k + rank + 1);
      entry.own[r] = item.score;
    });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

export function reciprocalRankFusion(rankings: readonly (readonly ScoredId[])[], k = 60): ScoredId[] {
  return fuseRankings(rankings, k).map(({ id, score }) => ({ id, score }));
}
