import type { Passage } from "../knowledge/index.js";
import { articleIndex, lookupArticle, type ArticleIndex } from "./article-lookup.js";
import { definingArticle, definitionsOf, definitionTexts, type Definition } from "./definition-article.js";
import { effectiveArticle } from "./effective-article.js";
import { bestBasisArticle, type BasisMatch } from "./basis-article.js";
import { basisMatch, pairShareMeasure } from "./basis-match.js";
import { inRegister, readInRegister } from "./legal-register.js";
import { asksSanction, sanctionFirst, sanctionIndex, type SanctionIndex } from "./sanction-article.js";
import { localFirst, nationalFirst } from "./local-first.js";
import { localeView, regionOverrides, type RegionOverrides } from "./locale.js";
import { articlesInOrder, contradictedSections, mostSpecificWords, officialFirst, OFFICIAL_RATIO } from "./official.js";
import { characterBigrams, type Lexicon, type Segmenter } from "../text/index.js";
import { recentResults } from "../text/memo.js";
import type { ScoredId } from "./bm25.js";
import { fuseRankings } from "./fusion.js";
import { containmentCache, type ContainmentCache } from "./containment-cache.js";
import { contentCoverageMeasure, type ContentCoverage } from "./content-coverage.js";
import { passageTexts } from "./passage-texts.js";
import { coverageMeasure, type PreparedQuery } from "./query.js";
import { DEFAULT_RERANK_WEIGHTS, rerankScorer, type RerankFeatures, type RerankWeights } from "./rerank.js";
import type { TextFilter } from "./text-filter.js";
import type { SearchIndex } from "./search-index.js";

export interface Candidate {
  passage: Passage;
  /** Final rerank score, 0..1. */
  score: number;
  /** Best cosine similarity from the vector index (0 when the vector search did not find it). */
  vectorScore: number;
  /** IDF-weighted share of the question's words found in the passage. */
  coverage: number;
  /** The same share measured on the heading and 常见问法 only. */
  questionCoverage: number;
  /** The section classifier's probability for this passage (0 when it was not trained on it). */
  classifierProbability: number;
  features: RerankFeatures;
}

export interface RetrieverOptions {
  /** How many candidates each ranking contributes to fusion. */
  poolSize?: number;
  weights?: RerankWeights;
  /** The deployment's region (LOCALE): its local documents replace the national ones they override. */
  locale?: string;
  /** The best official article goes first when it scores at least this share of a curated section above it (official.ts). */
  officialRatio?: number;
  /** Compute every rerank feature, even those the weights ignore (npm run fit-reranker chooses the weights from them). */
  allFeatures?: boolean;
  /** Everyday words → the legal register (legal-register.ts): how imported articles are matched as well. */
  register?: Lexicon;
  /** Official articles outside the index (OFFICIAL_DIR): quoted as curated sections' 依据, never ranked. */
  official?: readonly Passage[];
}

const RANKINGS = 3;
const MAX_RRF = RANKINGS / 61; // first place in every ranking

export function createHybridRetriever(index: SearchIndex, segmenter: Segmenter, options: RetrieverOptions = {}) {
  const poolSize = options.poolSize ?? 30;
  const weights = options.weights ?? DEFAULT_RERANK_WEIGHTS;
  const rerankScore = rerankScorer(weights);
  const idf = (word: string) => index.bm25.idf(word);
  // Normalised passage texts are needed for every candidate of every query: computed once (passage-texts.ts).
  const texts = passageTexts();
  let containment: ContainmentCache | null | undefined;
  let contradictedNow: Set<string> | undefined;
  // Per passage set (a published FAQ adds passages): the regions and what they override.
  let regions: { count: number; overrides: RegionOverrides; articles: ArticleIndex; bases: ArticleIndex; imported: boolean; definitions: Definition[]; sanctions: SanctionIndex } | undefined;
  const perPassageSet = () => {
    if (regions?.count !== index.passages.size) {
      const imported = [...index.passages.values()].some((p) => p.origin === "imported");
      const definitions = imported ? definitionsOf(index.passages.values()) : [];
      const articles = articleIndex(index.passages.values());
      // The 依据 a curated answer quotes: an imported article in the index, or one of the official texts beside it.
      const bases = options.official?.length ? articleIndex([...index.passages.values(), ...options.official]) : articles;
      regions = { count: index.passages.size, overrides: regionOverrides(index.passages.values()), articles, bases, imported, definitions, sanctions: imported ? sanctionIndex(index.passages.values()) : new Map() };
    }
    return regions;
  };
  const regionsNow = () => perPassageSet().overrides;
  // A feature with weight 0 changes no score: it is not computed (set to 0) unless asked for.
  const needed = (feature: keyof RerankWeights) => options.allFeatures === true || weights[feature] !== 0;
  const textsOf = texts.of;

  async function vectorRanking(query: PreparedQuery): Promise<ScoredId[]> {
    const queryVector = await index.embeddings.embedQuery(query.expanded);
    // Several vectors per passage: keep each passage's best match (hits arrive best first).
    return index.vectors.passageScores(queryVector, poolSize * 4, poolSize);
  }

  /** A section the question names by its article number: an exact match, whatever the words score. */
  function direct(passage: Passage): Candidate {
    const f: RerankFeatures = { fusion: 1, coverage: 1, questionCoverage: 1, phrasingMatch: 1, bigramCoverage: 1, vector: 1, keyword: 1, questionKeyword: 1, sectionClassifier: 1 };
    return { passage, score: 1, vectorScore: 1, coverage: 1, questionCoverage: 1, classifierProbability: 1, features: f };
  }

  // The follow-up check retrieves the question the answer then retrieves again: the last few rankings are kept.
  const recent = recentResults<Promise<Candidate[]>>(16);

  /** Candidates with their features, best first (k = how many to return). */
  async function search(query: PreparedQuery, k = 5): Promise<Candidate[]> {
    const key = `${index.passages.size}\0${query.normalized}\0${query.expanded}\0${query.words.join(" ")}`;
    try {
      return (await recent(key, () => rank(query))).slice(0, k);
    } catch (error) {
      recent.forget(key); // a failed embedding call is tried again next time
      throw error;
    }
  }

  /** Every candidate of the pool, best first. */
  async function rank(query: PreparedQuery): Promise<Candidate[]> {
    const features = segmenter.features(query.expanded);
    const keyword = index.bm25.search(features, poolSize);
    const questionKeyword = index.questionBm25.search(features, poolSize);
    const vectors = await vectorRanking(query);
    const pairShare = needed("bigramCoverage") ? pairShareMeasure([...new Set(characterBigrams(query.normalized))], idf) : undefined;
    // Without imported articles there is nothing to read in the register (and no extra search to pay for).
    const legal = options.register && perPassageSet().imported
      ? readInRegister(options.register, query, (text, k) => index.bm25.search(segmenter.features(text), k), (id) => index.passages.get(id)?.origin === "imported", poolSize)
      : undefined;

    const locale = localeView(regionsNow(), query.normalized, options.locale);
    const contradicted = (contradictedNow ??= contradictedSections([...index.passages.values()]));
    // The pool with each item's passage beside it (looked up once: the candidate loop reads it by place).
    const pool: ReturnType<typeof fuseRankings> = [];
    const pooled: Passage[] = [];
    for (const item of fuseRankings([keyword, questionKeyword, vectors, ...(legal ? [legal.ranking] : [])])) {
      const passage = index.passages.get(item.id);
      if (passage === undefined || !locale.allows(passage) || contradicted.has(item.id)) continue;
      pool.push(item);
      pooled.push(passage);
    }
    // Each BM25 ranking relative to its best score, the pool's own scores read by place (fusion kept them).
    const [bestKeyword, bestQuestion] = [keyword[0]?.score ?? 1, questionKeyword[0]?.score ?? 1];
    const relative = (score: number | undefined, best: number) => (score === undefined ? 0 : score / best);
    const known = new Uint8Array(pool.length); // classifier.knows(id), beside each pool item
    const classified = index.classifier.probabilitiesFor(features, pool.map(({ id }) => id), known);
    let bestClassified = 1e-9; // Math.max(1e-9, …) over the pool, without spreading it into arguments
    for (let i = 0; i < classified.length; i += 1) if (Number.isNaN(classified[i]) || classified[i]! > bestClassified) bestClassified = classified[i]!;
    // An article's score in the legal register decides which article is best; against curated sections it competes
    // on the question's own words, so that the register does not push articles over sections written for the question.
    const registerScores = new Map<string, number>();
    // Sized once, for the passages of the first ranking's time: one published later is measured without it.
    containment ??= containmentCache(index.passages.size);
    const cover = coverageMeasure(query, idf, containment);
    const coverInRegister = legal ? coverageMeasure(legal.query, idf, containment) : cover;
    const candidates: Candidate[] = [];
    // Each candidate's whole text and its filter, in candidate order (the key-word rule reads them again).
    const wholes: string[] = [];
    const wholeFilters: TextFilter[] = [];
    for (let at = 0; at < pool.length; at += 1) {
      const { id, score: rrf, own } = pool[at]!;
      const passage = pooled[at]!;
      const { slot, whole, question, sides, spans, filters } = textsOf(passage);
      wholes.push(whole);
      wholeFilters.push(filters.whole);
      // An imported article has no 常见问法: its question side is its whole text, or it could never match as well as a curated section.
      const raw = passage.origin === "imported";
      const coverage = cover(whole, filters.whole, slot);
      const asked = !raw && spans && needed("phrasingMatch") ? cover.questionAndSides(question, filters.question, spans, slot) : undefined;
      const f: RerankFeatures = {
        // The register's ranking is a fourth one: first place in all four would exceed first place in the usual three.
        fusion: Math.min(1, rrf / MAX_RRF),
        coverage,
        questionCoverage: raw ? coverage : (asked?.question ?? cover(question, filters.question)),
        phrasingMatch: raw || !needed("phrasingMatch") ? 0 : (asked?.best ?? Math.max(0, ...sides.map((side) => cover(side)))),
        bigramCoverage: pairShare ? pairShare(whole, filters.whole) : 0,
        vector: Math.max(0, own[2] ?? 0),
        keyword: relative(own[0], bestKeyword),
        questionKeyword: raw ? relative(own[0], bestKeyword) : relative(own[1], bestQuestion),
        // A passage added after training (a newly published FAQ) is neither favoured nor penalised.
        sectionClassifier: known[at] === 1 ? classified[at]! / bestClassified : 0.5,
      };
      // Read in the law's words, an article's match counts 公司 as found where it says 用人单位 (and so does its confidence).
      const legalCoverage = raw && legal ? coverInRegister(whole, filters.whole, slot) : coverage;
      if (raw && legal) {
        const keywordInRegister = Math.max(f.keyword, legal.scores.get(id) ?? 0);
        registerScores.set(id, rerankScore({ ...f, coverage: legalCoverage, questionCoverage: legalCoverage, keyword: keywordInRegister }));
      }
      const classifierProbability = classified[at]!;
      candidates.push({ passage, score: rerankScore(f), vectorScore: f.vector, coverage: legalCoverage, questionCoverage: raw ? legalCoverage : f.questionCoverage, classifierProbability, features: f });
    }
    const keyWords = perPassageSet().imported ? mostSpecificWords(query.words, idf, wholes, undefined, wholeFilters) : [];
    const keyWordsHeld = (c: Candidate) => keyWords.filter((w) => textsOf(c.passage).whole.includes(w)).length;
    const sorted = candidates.sort((a, b) => b.score - a.score);
    const byArticle = registerScores.size > 0 ? articlesInOrder(sorted, (c) => registerScores.get(c.passage.id) ?? c.score) : sorted;
    const official = officialFirst(byArticle, options.officialRatio ?? OFFICIAL_RATIO, keyWordsHeld);
    const placed = locale.regions.length > 0 ? localFirst(official, locale.regions) : nationalFirst(official);
    const ranked = perPassageSet().imported && asksSanction(query.normalized) ? sanctionFirst(placed, perPassageSet().sanctions) : placed;
    const byNumber = lookupArticle(perPassageSet().articles, query.normalized, ranked.map((c) => c.passage.docId)).filter(locale.allows);
    const inForce = byNumber.length === 0 && perPassageSet().imported ? effectiveArticle(index.passages.values(), query.normalized) : undefined;
    const { definitions } = perPassageSet();
    const defining = byNumber.length === 0 && !inForce && definitions.length > 0 ? definingArticle(definitions, definitionTexts(legal?.query ?? query)) : undefined;
    const named = inForce && locale.allows(inForce) ? [inForce] : defining && locale.allows(defining) ? [defining] : byNumber;
    return [...named.map(direct), ...ranked.filter((c) => !named.includes(c.passage))];
  }

  /** Whether a question about one place's own rules can be answered from that place's documents. */
  function coversLocalQuestion(normalized: string): boolean {
    return localeView(regionsNow(), normalized, options.locale).coversLocalQuestion;
  }

  /** How well each passage covers the question's content words (the scope decision's measure, content-coverage.ts). */
  function contentCoverage(query: PreparedQuery, passages: readonly Passage[]): ContentCoverage[] {
    const measure = contentCoverageMeasure(query, idf);
    return passages.map((p) => measure(textsOf(p).whole));
  }

  /** The article a curated section's 依据 names that covers the question best (basis-article.ts); none without imported laws. */
  function basisArticle(query: PreparedQuery, section: Passage): BasisMatch | undefined {
    const { bases } = perPassageSet();
    if (bases.size === 0 || (!section.basis && !section.source)) return undefined;
    const locale = localeView(regionsNow(), query.normalized, options.locale);
    // The question's measures are made when the first article is measured: a section whose 依据 and source name nothing
    // loaded needs none (reading the question in the register and weighing its pairs cost ~1.5% of an answer's profile).
    let measure: ReturnType<typeof basisMatch> | undefined;
    // The question's words decide; its character pairs break ties between articles holding the same words (年费 in both).
    const match = (article: Passage, floor?: number) => {
      measure ??= basisMatch(
        coverageMeasure((options.register && inRegister(options.register, query)) || query, idf),
        pairShareMeasure([...new Set(characterBigrams(query.normalized))], idf),
      );
      const { whole, filters } = textsOf(article);
      return measure(whole, filters.whole, floor);
    };
    return bestBasisArticle(bases, section, match, locale.allows);
  }

  return { search, coversLocalQuestion, contentCoverage, basisArticle };
}

export type HybridRetriever = ReturnType<typeof createHybridRetriever>;
