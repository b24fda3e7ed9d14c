import type { Passage } from "../knowledge/index.js";
import type { ArticleIndex } from "./article-lookup.js";
import { basisArticles } from "./official.js";

/** A curated section's basis article that matches the question best, and how well (0..1 and more). */
export interface BasisMatch {
  article: Passage;
  score: number;
}

/**
 * Of the imported articles a curated section names as its 依据 (第十四条、第十七条), the one that holds most of the
 * question (its words read in the legal register, then its character pairs; chapter titles included): the article the curated answer rests on for
 * this question. A section often names several articles; the one about what is asked is the one to cite. Ties go
 * to the first named.
 */
export function bestBasisArticle(
  articles: ArticleIndex,
  section: Passage,
  match: (article: Passage) => number,
  allowed: (article: Passage) => boolean = () => true,
): BasisMatch | undefined {
  if (section.origin === "imported" || !section.basis) return undefined;
  let best: BasisMatch | undefined;
  for (const article of basisArticles(articles, section)) {
    if (!allowed(article)) continue;
    const score = match(article);
    if (!best || score > best.score) best = { article, score };
  }
  return best;
}
