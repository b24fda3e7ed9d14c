import type { Candidate } from "./hybrid-retriever.js";
import { NATIONAL } from "./locale.js";
import { takeFirstPlace } from "./official.js";

/**
 * A question about a place with documents of its own (it names the place, or the deployment is there) is answered
 * from them when one of its sections scores at least this share of the national section above it: the local rule is
 * what applies to the asker, and a national section that reads closer to the question (its 常见问法 were written for
 * it) states only the baseline. Lower than OFFICIAL_RATIO, which weighs an article against a paraphrase of the same rule.
 */
export const LOCAL_RATIO = 0.35;

/**
 * With no region in play (the question names none and the deployment has no LOCALE), the asker may be anywhere: a
 * region's section may answer what no national one covers, but where a national section scores at least this share of
 * the region's section above it, the national one goes first. Both stay candidates: the frame alignment that follows
 * may still find the region's section the one that fits (a provision no national text has).
 */
export const NATIONAL_RATIO = 0.9;

/** The best section of an applicable region goes first (takeFirstPlace: with the top score). */
export function localFirst(ranked: Candidate[], regions: readonly string[], ratio = LOCAL_RATIO): Candidate[] {
  return regions.length === 0 ? ranked : firstOfKind(ranked, (c) => regions.includes(c.passage.region), ratio);
}

/** The best national section first over a region's (takeFirstPlace: with the top score) when it scores close enough. */
export function nationalFirst(ranked: Candidate[], ratio = NATIONAL_RATIO): Candidate[] {
  return firstOfKind(ranked, (c) => c.passage.region === NATIONAL, ratio);
}

/** The best candidate of a kind goes first when the first is not of it and it scores at least `ratio` of the first. */
function firstOfKind(ranked: Candidate[], ofKind: (c: Candidate) => boolean, ratio: number): Candidate[] {
  const top = ranked[0];
  if (!top || ofKind(top)) return ranked;
  const chosen = ranked.find(ofKind);
  if (!chosen || chosen.score < ratio * top.score) return ranked;
  return takeFirstPlace(ranked, chosen);
}
