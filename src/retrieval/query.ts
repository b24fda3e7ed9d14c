import { normalizeText, type Lexicon, type LexiconMatch, type Segmenter } from "../text/index.js";
import { MAX_PARTS, PART_SHIFT, SIDE_HELD, SIDE_KNOWN, sideBits, WHOLE_HAS, WHOLE_KNOWN, wholeHas, type ContainmentCache } from "./containment-cache.js";
import { mayContain, patternKeys, type TextFilter } from "./text-filter.js";

export interface PreparedQuery {
  original: string;
  normalized: string;
  /** Normalised text plus the official terms the lexicon maps its colloquial phrases to. */
  expanded: string;
  /** Content words of the normalised question (before expansion). */
  words: string[];
  /** Those of them that name a place (杭州, 河南): national knowledge answers no question by its city. */
  places?: string[];
  matches: LexiconMatch[];
}

export function prepareQuery(text: string, lexicon: Lexicon, segmenter: Segmenter): PreparedQuery {
  const normalized = normalizeText(text);
  const matches = lexicon.matchQuestion(normalized);
  const words = [...new Set(segmenter.words(normalized))];
  return {
    original: text,
    normalized,
    expanded: lexicon.expand(normalized, matches),
    words,
    places: segmenter.placeNames(normalized).filter((p) => words.includes(p)),
    matches,
  };
}

/**
 * Share of the question's content words (IDF-weighted) found in a text. A colloquial word counts
 * as found when one of the official terms the lexicon maps it to is in the text.
 */
export function weightedCoverage(query: PreparedQuery, text: string, idf: (word: string) => number): number {
  return coverageMeasure(query, idf)(text);
}

/**
 * weightedCoverage for one question against many texts (a retrieval's 30-odd candidates): each word's
 * weight and the official terms that stand for it are worked out once, not again for every text.
 */
export interface CoverageMeasure {
  /**
   * The measure of one text; its filter (text-filter.ts), when given, rules out most words without a scan (same result).
   * `slot`: the text is the whole text of the passage in this slot of the measure's containment cache (same result).
   */
  (text: string, filter?: TextFilter, slot?: number): number;
  /**
   * The measure of a question side, and the best measure of any one of its parts (0 for none), as
   * `Math.max(0, ...sides.map(measure))` would give them. `spans` holds each part's start and end in `question`
   * (`question.slice(start, end)` is the part): a word is in a part exactly when it occurs in the question within
   * that span, so the question is searched once for each word instead of every part.
   */
  questionAndSides(question: string, questionFilter: TextFilter, spans: Int32Array, slot?: number): { question: number; best: number };
}

/** `cache`: what earlier questions found of the same words in the same passages (containment-cache.ts), read by slot. */
export function coverageMeasure(query: PreparedQuery, idf: (word: string) => number, cache?: ContainmentCache | null): CoverageMeasure {
  let total = 0;
  // A city named in passing (我从杭州换到苏州上班) must not make a section whose 常见问法 names the same city a match.
  const places = new Set(query.places ?? []);
  const plan = query.words.map((word) => {
    const weight = places.has(word) ? 0 : idf(word);
    total += weight;
    const terms = query.matches.filter((m) => m.colloquial.includes(word) || word.includes(m.colloquial)).flatMap((m) => m.official);
    // The word and the terms with their filter keys, worked out once for all the texts measured.
    return { weight, patterns: [word, ...terms].map((pattern) => ({ pattern, keys: patternKeys(pattern), cells: cache ? cache.cellsFor(pattern) : null })) };
  });
  const holds = (patterns: (typeof plan)[number]["patterns"], text: string, filter: TextFilter | undefined, slot: number) => {
    for (const { pattern, keys, cells } of patterns) {
      if (cells === null || slot < 0 || slot >= cells.length) {
        if (wholeHas(pattern, keys, text, filter)) return true;
        continue;
      }
      let cell = cells[slot]!;
      if ((cell & WHOLE_KNOWN) === 0) cells[slot] = cell |= WHOLE_KNOWN | (wholeHas(pattern, keys, text, filter) ? WHOLE_HAS : 0);
      if ((cell & WHOLE_HAS) !== 0) return true;
    }
    return false;
  };
  const measure = (text: string, filter?: TextFilter, slot = -1) => {
    if (total === 0) return 0;
    let found = 0;
    for (const { weight, patterns } of plan) if (holds(patterns, text, filter, slot)) found += weight;
    return found / total;
  };
  // questionAndSides's sums, reused from one text to the next (a measure serves one ranking at a time).
  let sums = new Float64Array(16);
  let marked = new Int32Array(16);
  const questionAndSides: CoverageMeasure["questionAndSides"] = (question, questionFilter, spans, slot = -1) => {
    const parts = spans.length / 2;
    if (total === 0) return { question: 0, best: 0 };
    if (cache && slot >= 0 && parts <= MAX_PARTS) return sidesFromCells(question, questionFilter, spans, slot);
    // Each part's sum, added to in the plan's order (as measuring the part alone would); marked: the last entry added.
    if (sums.length < parts) [sums, marked] = [new Float64Array(parts), new Int32Array(parts)];
    sums.fill(0, 0, parts);
    marked.fill(-1, 0, parts);
    let found = 0;
    for (let entry = 0; entry < plan.length; entry += 1) {
      const { weight, patterns } = plan[entry]!;
      let held = false;
      for (const { pattern, keys } of patterns) {
        // Every occurrence in the question, and the parts whose span holds it ("" is in every part, as includes says).
        if (pattern.length > 0 && !mayContain(questionFilter, keys)) continue;
        for (let at = question.indexOf(pattern); at >= 0; at = pattern.length === 0 ? -1 : question.indexOf(pattern, at + 1)) {
          held = true;
          for (let part = 0; part < parts; part += 1) {
            if (marked[part] === entry || (pattern.length > 0 && (at < spans[2 * part]! || at + pattern.length > spans[2 * part + 1]!))) continue;
            marked[part] = entry;
            sums[part]! += weight;
          }
        }
      }
      if (held) found += weight;
    }
    let best = 0;
    for (let part = 0; part < parts; part += 1) best = Math.max(best, sums[part]! / total);
    return { question: found / total, best };
  };
  // questionAndSides from each pattern's bits (containment-cache.ts sideBits): the parts an entry's patterns hold get
  // its weight once, in the plan's order, as the marking above gives it.
  const sidesFromCells = (question: string, questionFilter: TextFilter, spans: Int32Array, slot: number) => {
    const parts = spans.length / 2;
    if (sums.length < parts) [sums, marked] = [new Float64Array(parts), new Int32Array(parts)];
    sums.fill(0, 0, parts);
    let found = 0;
    for (const { weight, patterns } of plan) {
      let bits = 0;
      for (const { pattern, keys, cells } of patterns) {
        if (cells === null || slot >= cells.length) {
          bits |= sideBits(pattern, keys, question, questionFilter, spans);
          continue;
        }
        let cell = cells[slot]!;
        if ((cell & SIDE_KNOWN) === 0) cells[slot] = cell |= SIDE_KNOWN | sideBits(pattern, keys, question, questionFilter, spans);
        bits |= cell;
      }
      if ((bits & SIDE_HELD) !== 0) found += weight;
      for (let part = 0; part < parts; part += 1) if ((bits & (1 << (part + PART_SHIFT))) !== 0) sums[part]! += weight;
    }
    let best = 0;
    for (let part = 0; part < parts; part += 1) best = Math.max(best, sums[part]! / total);
    return { question: found / total, best };
  };
  return Object.assign(measure, { questionAndSides });
}
