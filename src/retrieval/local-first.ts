import type { Candidate } from "./hybrid-retriever.js";
import { takeFirstPlace } from "./official.js";

/**
 * A question about a place with documents of its own (it names the place, or the deployment is there) is answered
 * from them when one of its sections scores at least this share of the national section above it: the local rule is
 * what applies to the asker, and a national section that reads closer to the question (its 常见问法 were written for
 * it) states only the baseline. Lower than OFFICIAL_RATIO, which weighs an article against a paraphrase of the same rule.
 */
export const LOCAL_RATIO = 0.35;

/** The best section of an applicable region goes first (takeFirstPlace: with the top score). */
export function localFirst(ranked: Candidate[], regions: readonly string[], ratio = LOCAL_RATIO): Candidate[] {
  const top = ranked[0];
  if (!top || regions.length === 0 || regions.includes(top.passage.region)) return ranked;
  const local = ranked.find((c) => regions.includes(c.passage.region));
  if (!local || local.score < ratio * top.score) return ranked;
  return takeFirstPlace(ranked, local);
}
