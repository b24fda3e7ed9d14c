import type { Passage } from "../knowledge/index.js";
import type { ArticleIndex } from "./article-lookup.js";
import { basisArticles } from "./official.js";

/** A curated section's basis article that matches the question best, and how well (0..1 and more). */
export interface BasisMatch {
  article: Passage;
  score: number;
  /** Named in the section's 依据 (else chosen among all articles of the law its source names). */
  named: boolean;
}

/**
 * The articles of the imported law a curated section's source names (中华人民共和国劳动合同法（2012年修正）), under the
 * same rule as its 依据: not a text in force before a section written from an amendment.
 */
export function sourceLawArticles(articles: ArticleIndex, section: Passage): Passage[] {
  const source = (section.source ?? "").replace(/[（(][^）)]*[）)]/g, "").trim();
  if (!source) return [];
  const sameVersion = (article: Passage) => !section.amendedBy || article.effective >= section.effective;
  return [...articles.values()].flat().filter((a) => a.article && (a.title === source || source.endsWith(a.article.law)) && sameVersion(a));
}

/**
 * Of the imported articles a curated section names as its 依据 (第十四条、第十七条), the one that holds most of the
 * question (its words read in the legal register, then its character pairs; chapter titles included): the article the curated answer rests on for
 * this question. A section often names several articles; the one about what is asked is the one to cite. Ties go
 * to the first named. A section without a 依据 that loads, but whose source is an imported law, is matched against all
 * of that law's articles.
 */
export function bestBasisArticle(
  articles: ArticleIndex,
  section: Passage,
  match: (article: Passage) => number,
  allowed: (article: Passage) => boolean = () => true,
): BasisMatch | undefined {
  if (section.origin === "imported") return undefined;
  const basis = section.basis ? basisArticles(articles, section).filter(allowed) : [];
  const named = basis.length > 0;
  let best: BasisMatch | undefined;
  for (const article of named ? basis : sourceLawArticles(articles, section).filter(allowed)) {
    const score = match(article);
    if (!best || score > best.score) best = { article, score, named };
  }
  return best;
}
