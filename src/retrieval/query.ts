import { normalizeText, type Lexicon, type LexiconMatch, type Segmenter } from "../text/index.js";

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
  const matches = lexicon.match(normalized);
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
export function coverageMeasure(query: PreparedQuery, idf: (word: string) => number): (text: string) => number {
  let total = 0;
  // A city named in passing (我从杭州换到苏州上班) must not make a section whose 常见问法 names the same city a match.
  const places = new Set(query.places ?? []);
  const plan = query.words.map((word) => {
    const weight = places.has(word) ? 0 : idf(word);
    total += weight;
    const terms = query.matches.filter((m) => m.colloquial.includes(word) || word.includes(m.colloquial)).flatMap((m) => m.official);
    return { word, weight, terms };
  });
  return (text) => {
    if (total === 0) return 0;
    let found = 0;
    for (const { word, weight, terms } of plan) if (text.includes(word) || terms.some((t) => text.includes(t))) found += weight;
    return found / total;
  };
}
