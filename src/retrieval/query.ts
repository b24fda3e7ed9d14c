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
  return coverageMeasure(query, idf)(text);
}

/**
 * weightedCoverage for one question against many texts (a retrieval's 30-odd candidates): each word's
 * weight and the official terms that stand for it are worked out once, not again for every text. `mayContain`
 * (false: the word is certainly not in the text, see pair-filter.ts) spares searching the text for most words.
 */
export function coverageMeasure(query: PreparedQuery, idf: (word: string) => number): (text: string, mayContain?: (word: string) => boolean) => number {
  let total = 0;
  const plan = query.words.map((word) => {
    const weight = idf(word);
    total += weight;
    const terms = query.matches.filter((m) => m.colloquial.includes(word) || word.includes(m.colloquial)).flatMap((m) => m.official);
    return { word, weight, terms };
  });
  return (text, mayContain) => {
    if (total === 0) return 0;
    const contains = mayContain ? (word: string) => mayContain(word) && text.includes(word) : (word: string) => text.includes(word);
    let found = 0;
    for (const { word, weight, terms } of plan) if (contains(word) || terms.some(contains)) found += weight;
    return found / total;
  };
}
