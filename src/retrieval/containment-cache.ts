import { mayContain, type PatternKeys, type TextFilter } from "./text-filter.js";

/**
 * Whether a passage's texts hold a word, remembered across questions. Ranking a question measures each of its words
 * (and the official terms standing for them) against the whole text and the question side of 30 to 90 candidates; the
 * same words (社保, 办理, 多久) and the same sections come back question after question, and a passage's texts never
 * change under its slot (the retriever's texts are made once per passage), so each (word, passage) is worked out once.
 * One Int32Array per word, a cell per passage slot: 0 until known; WHOLE_* for the whole text; SIDE_* for the question
 * side, with the parts (heading, each 常见问法) holding the word in the bits from PART_SHIFT on.
 */
export const WHOLE_KNOWN = 1;
export const WHOLE_HAS = 2;
export const SIDE_KNOWN = 4;
export const SIDE_HELD = 8;
export const PART_SHIFT = 4;
/** The fewest words worth keeping: a question's words must come back often enough to be found again. */
export const MIN_WORDS = 1024;
/** A passage with more parts than bits left is measured as before, without its cells. */
export const MAX_PARTS = 32 - PART_SHIFT;

export interface ContainmentCache {
  /** The word's cells, one per slot below the cache's number of slots. */
  cellsFor(pattern: string): Int32Array;
}

/**
 * A cache for `slots` passages within `budgetBytes` (16 MiB: about 4,900 words at the bundled 858 passages); the word
 * remembered longest is forgotten first. None (null) when the budget holds fewer than MIN_WORDS words (above 4,096
 * passages): there a new word's cells would cost more to clear and forget than the searches they save.
 */
export function containmentCache(slots: number, budgetBytes = 16 << 20): ContainmentCache | null {
  const maxWords = Math.floor(budgetBytes / (Int32Array.BYTES_PER_ELEMENT * Math.max(1, slots)));
  if (maxWords < MIN_WORDS) return null;
  const cells = new Map<string, Int32Array>();
  return {
    cellsFor(pattern) {
      let found = cells.get(pattern);
      if (!found) {
        if (cells.size >= maxWords) cells.delete(cells.keys().next().value!);
        cells.set(pattern, (found = new Int32Array(slots)));
      }
      return found;
    },
  };
}

/** `text.includes(pattern)`, with the filter ruling most absent words out first (text-filter.ts). */
export function wholeHas(pattern: string, keys: PatternKeys, text: string, filter: TextFilter | undefined): boolean {
  return (filter === undefined || mayContain(filter, keys)) && text.includes(pattern);
}

/**
 * SIDE_HELD when the question side holds the pattern, and the bit of each part (`spans`: start and end of each in
 * `question`) an occurrence lies within ("" is in every part, as includes says). What coverageMeasure's
 * questionAndSides finds for one pattern, as bits.
 */
export function sideBits(pattern: string, keys: PatternKeys, question: string, filter: TextFilter, spans: Int32Array): number {
  if (pattern.length > 0 && !mayContain(filter, keys)) return 0;
  const parts = spans.length / 2;
  let bits = 0;
  for (let at = question.indexOf(pattern); at >= 0; at = pattern.length === 0 ? -1 : question.indexOf(pattern, at + 1)) {
    bits |= SIDE_HELD;
    for (let part = 0; part < parts; part += 1) {
      if (pattern.length === 0 || (at >= spans[2 * part]! && at + pattern.length <= spans[2 * part + 1]!)) bits |= 1 << (part + PART_SHIFT);
    }
  }
  return bits;
}
