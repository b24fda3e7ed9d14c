import type { PreparedQuery } from "./query.js";

/** How much of a question a text covers in words that carry meaning, and how many such words it holds. */
export interface ContentCoverage {
  /** IDF weight of the content words found, over the IDF weight of all the question's words (0..1). */
  share: number;
  /** How many distinct content words were found. */
  words: number;
}

/** A word that says what a question is about: two characters or more and not a bare number. */
const isContentWord = (word: string) => word.length >= 2 && !/^\d+$/.test(word);

/**
 * The scope decision's measure: like `coverageMeasure`, but a text earns weight only for content words (and for
 * colloquial words the lexicon maps to an official term it holds), while every word of the question counts in the
 * total. An off-topic question shares with the knowledge mostly single characters, numbers and question words
 * (我家猫三天没怎么吃东西了怎么办: 3, 天, 没, 东西, 怎么办); a question a section or article answers shares what it is
 * about (派遣, 正式, 工资). Unknown words have the highest IDF, so what the knowledge never mentions (猫) weighs most.
 */
export function contentCoverageMeasure(query: PreparedQuery, idf: (word: string) => number): (text: string) => ContentCoverage {
  let total = 0;
  const plan = query.words.map((word) => {
    const weight = idf(word);
    total += weight;
    const terms = query.matches.filter((m) => m.colloquial.includes(word) || word.includes(m.colloquial)).flatMap((m) => m.official);
    return { word, weight, terms, content: isContentWord(word) };
  });
  return (text) => {
    if (total === 0) return { share: 0, words: 0 };
    let found = 0;
    let words = 0;
    for (const { word, weight, terms, content } of plan) {
      const viaTerm = terms.some((t) => text.includes(t));
      if ((content && text.includes(word)) || viaTerm) {
        found += weight;
        words += 1;
      }
    }
    return { share: found / total, words };
  };
}
