import type { Passage } from "../knowledge/index.js";
import { lawsNamed, type ArticleIndex } from "./article-lookup.js";
import { basisArticles, sourceNames } from "./official.js";

/** A curated section's basis article that matches the question best, and how well (0..1 and more). */
export interface BasisMatch {
  article: Passage;
  score: number;
  /** Named in the section's 依据 (else chosen among all articles of the law its source names). */
  named: boolean;
  /** Not named, though the section names others: an article of the same law that holds the question far better. */
  related?: true;
}

/**
 * How much better than the best named article another article of the same law must hold the question to be quoted
 * beside the answer instead (要每年签注 after a section resting on the 居住证 application article): a clear lead only,
 * since the named articles are what the curated answer rests on.
 */
export const RELATED_MARGIN = 0.5;

/**
 * The articles of the imported law a curated section's source names (中华人民共和国劳动合同法（2012年修正）), under the
 * same rule as its 依据: not a text in force before a section written from an amendment.
 */
export function sourceLawArticles(articles: ArticleIndex, section: Passage): Passage[] {
  // A document may rest on several texts: each one's articles count.
  const sources = sourceNames(section.source ?? "");
  if (sources.length === 0) return [];
  const sameVersion = (article: Passage) => !section.amendedBy || article.effective >= section.effective;
  const { byLaw, byTitle, order } = groupsOf(articles);
  const found = new Set(sources.flatMap((source) => byTitle.get(source) ?? []));
  for (const source of sources) for (const law of lawsNamed(source, byLaw.keys())) for (const article of byLaw.get(law)!) found.add(article);
  return [...found].filter(sameVersion).sort((a, b) => order.get(a)! - order.get(b)!);
}

/**
 * An index's articles grouped by their law's short name and by title, each with its place in the index's order: asked
 * at every answer from a section without a 依据, a look-up must not scan thousands of articles.
 */
interface LawGroups {
  byLaw: Map<string, Passage[]>;
  byTitle: Map<string, Passage[]>;
  order: Map<Passage, number>;
}
const lawGroups = new WeakMap<ArticleIndex, LawGroups>();

function groupsOf(articles: ArticleIndex): LawGroups {
  let groups = lawGroups.get(articles);
  if (groups) return groups;
  groups = { byLaw: new Map(), byTitle: new Map(), order: new Map() };
  for (const article of [...articles.values()].flat()) {
    if (!article.article) continue;
    groups.order.set(article, groups.order.size);
    for (const [map, key] of [[groups.byLaw, article.article.law], [groups.byTitle, article.title]] as const) {
      const list = map.get(key) ?? [];
      list.push(article);
      map.set(key, list);
    }
  }
  lawGroups.set(articles, groups);
  return groups;
}

/**
 * How well an article holds the question. Given a floor, a score certainly below it may come back as any number
 * below it (basis-match.ts skips the character pairs then): only scores that can win are needed exactly.
 */
export type ArticleMatch = (article: Passage, floor?: number) => number;

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
  match: ArticleMatch,
  allowed: (article: Passage) => boolean = () => true,
): BasisMatch | undefined {
  if (section.origin === "imported") return undefined;
  const linked = linkedArticles(articles, section);
  const basis = section.basis ? linked.basis.filter(allowed) : [];
  const named = basis.length > 0;
  let best: BasisMatch | undefined;
  for (const article of named ? basis : (linked.source ??= sourceLawArticles(articles, section)).filter(allowed)) {
    // Only a higher score replaces the best: one below it need not be exact.
    const score = match(article, best?.score);
    if (!best || score > best.score) best = { article, score, named };
  }
  return best && named ? (relatedArticle(articles, basis, best, match, allowed) ?? best) : best;
}

/** The article of a named article's law that holds the question by RELATED_MARGIN more than the best named one, if any. */
function relatedArticle(
  articles: ArticleIndex,
  basis: readonly Passage[],
  best: BasisMatch,
  match: ArticleMatch,
  allowed: (article: Passage) => boolean,
): BasisMatch | undefined {
  const { byLaw } = groupsOf(articles);
  const named = new Set(basis);
  let found: BasisMatch | undefined;
  for (const law of new Set(basis.map((a) => a.article?.law ?? ""))) {
    for (const article of byLaw.get(law) ?? []) {
      if (named.has(article) || !allowed(article) || article.effective !== basis[0]!.effective) continue;
      const score = match(article, best.score + RELATED_MARGIN);
      if (score >= best.score + RELATED_MARGIN && (!found || score > found.score)) found = { article, score, named: false, related: true };
    }
  }
  return found;
}

/**
 * The articles a section names as its 依据, and (once asked for) all articles of its source law: they depend on the
 * section and the index, not on the question, so each section's are looked up once per index (the look-up parses and
 * normalises every provision of the 依据 and was about 5% of an answer's CPU when done per answer).
 */
interface LinkedArticles {
  basis: readonly Passage[];
  source?: readonly Passage[];
}
const linkedBySection = new WeakMap<ArticleIndex, WeakMap<Passage, LinkedArticles>>();

function linkedArticles(articles: ArticleIndex, section: Passage): LinkedArticles {
  let bySection = linkedBySection.get(articles);
  if (!bySection) linkedBySection.set(articles, (bySection = new WeakMap()));
  let linked = bySection.get(section);
  if (!linked) bySection.set(section, (linked = { basis: section.basis ? basisArticles(articles, section) : [] }));
  return linked;
}
