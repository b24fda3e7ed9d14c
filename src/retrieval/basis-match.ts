import { mayContain, patternKeys, type TextFilter } from "./text-filter.js";
import type { CoverageMeasure } from "./query.js";

/** The weight of character pairs beside whole words when choosing among a section's basis articles. */
export const BASIS_PAIR_WEIGHT = 0.5;

/**
 * The IDF-weighted share of the question's character pairs a text holds. Each pair's weight and filter key are
 * read once per question, not once per text (a section's source law may have hundreds of articles to measure); the
 * sums are taken in the same order, so the shares are the same numbers. With the text's filter (text-filter.ts) a
 * pair the text lacks is mostly ruled out without scanning it: `mayContain && includes` is exactly `includes`.
 */
export function pairShareMeasure(grams: readonly string[], weightOf: (gram: string) => number): (text: string, filter?: TextFilter) => number {
  const weights = grams.map((gram) => weightOf(`#${gram}`));
  const keys = grams.map(patternKeys);
  let total = 0;
  for (const weight of weights) total += weight;
  return (text, filter) => {
    if (total === 0) return 0;
    let found = 0;
    for (let i = 0; i < grams.length; i += 1) {
      if ((filter === undefined || mayContain(filter, keys[i]!)) && text.includes(grams[i]!)) found += weights[i]!;
    }
    return found / total;
  };
}

/**
 * An article's match for the basis quote (basis-article.ts): the question's word coverage plus BASIS_PAIR_WEIGHT
 * times its pair share. Most articles of a law are measured only to be passed over (none of the 30 a question
 * measures on average clears the 另见 margin), so given a `floor` the pairs are not counted when the words alone
 * leave the article below it: both shares are at most 1 (non-negative IDF weights, a subset of their total), so
 * the score is at most words + BASIS_PAIR_WEIGHT. The words' share, then returned, is below the floor as well;
 * a score that can reach the floor is the full one.
 */
export function basisMatch(cover: CoverageMeasure, pairShare: (text: string, filter?: TextFilter) => number) {
  return (text: string, filter: TextFilter, floor = -Infinity): number => {
    const words = cover(text, filter);
    if (words + BASIS_PAIR_WEIGHT < floor) return words;
    return words + BASIS_PAIR_WEIGHT * pairShare(text, filter);
  };
}
