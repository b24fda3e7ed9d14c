import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import { characterBigrams } from "../text/index.js";

/** The best imported article must score at least this (rerank score, 0..1) to be quoted for a curated answer. */
export const LEADING_MIN_SCORE = 0.2;

/**
 * …and the next article at most this share of it: the ranking singles one article out. On the article sets, curated
 * answers with no 依据 to quote: the best article is the expected one 18 times of 53, and 13 of 15 when it leads so.
 */
export const LEADING_RATIO = 0.85;

/**
 * …and the curated section must say much the same as the article: at least this share of the section's character pairs
 * are in it. The ranking alone singles out articles on questions written for curated sections (医保二维码 → the 社会保障卡
 * article): on dev with the laws about half of 23 such quotes were off the question; 9 pass this share, 1 of them off.
 */
export const RESTATES_MIN_SHARE = 0.2;

/** The share of a curated section's character pairs that an article's text holds. */
export function restatedShare(section: Passage, article: Passage): number {
  const own = new Set(characterBigrams(section.body));
  const theirs = new Set(characterBigrams(article.body));
  let held = 0;
  for (const pair of own) if (theirs.has(pair)) held += 1;
  return held / Math.max(1, own.size);
}

/**
 * The article the ranking clearly prefers among the imported articles (best first, as the retrieve stage keeps them),
 * or none when another scores close to it: then the question's words do not tell which article it is about.
 */
export function leadingArticle(articles: readonly Candidate[]): Passage | undefined {
  const [best, next] = articles;
  if (!best || best.score < LEADING_MIN_SCORE) return undefined;
  return next && next.score > LEADING_RATIO * best.score ? undefined : best.passage;
}

/** The leading article, when the curated section restates it: what a section linked to no imported law may quote. */
export function restatedLeadingArticle(articles: readonly Candidate[], section: Passage): Passage | undefined {
  const leading = leadingArticle(articles);
  return leading && restatedShare(section, leading) >= RESTATES_MIN_SHARE ? leading : undefined;
}
