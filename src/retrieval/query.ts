import { normalizeText, type Lexicon, type LexiconMatch, type Segmenter } from "../text/index.js";

export interface PreparedQuery {
  original: string;
  normalized: string;
  /** Normalised text plus the official terms the lexicon maps its colloquial phrases to. */
  expanded: string;
  /** Content words of the normalised question (before expansion). */
  words: string[];
  matches: LexiconMatch[];
}

export function prepareQuery(text: string, lexicon: Lexicon, segmenter: Segmenter): PreparedQuery {
  const normalized = normalizeText(text);
  const matches = lexicon.match(normalized);
  return {
    original: text,
    normalized,
    expanded: lexicon.expand(normalized, matches),
    words: [...new Set(segmenter.words(normalized))],
    matches,
  };
}

/**
 * Share of the question's content words (IDF-weighted) found in a text. A colloquial word counts
 * as found when one of the official terms the lexicon maps it to is in the text.
 */
export function weightedCoverage(query: PreparedQuery, text: string, idf: (word: string) => number): number {
  let total = 0;
  let found = 0;
  for (const word of query.words) {
    const weight = idf(word);
    total += weight;
    const viaLexicon = query.matches.some(
      (m) => (m.colloquial.includes(word) || word.includes(m.colloquial)) && m.official.some((t) => text.includes(t)),
    );
    if (text.includes(word) || viaLexicon) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
