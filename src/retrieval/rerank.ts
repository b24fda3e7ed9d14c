/** What the reranker knows about one candidate passage; every value is in 0..1. */
export interface RerankFeatures {
  /** Reciprocal-rank fusion of the three rankings, relative to first place in all. */
  fusion: number;
  /** IDF-weighted share of the question's words in the passage. */
  coverage: number;
  /** The same on the heading and 常见问法 only. */
  questionCoverage: number;
  /** The best such share on any one of them (the heading or a single 常见问法): the nearest way of asking. */
  phrasingMatch: number;
  /** IDF-weighted share of the question's character bigrams in the passage (robust to odd cuts). */
  bigramCoverage: number;
  /** Best cosine similarity of any of the passage's vectors. */
  vector: number;
  /** BM25 on the whole passage, relative to the best BM25 score of this query. */
  keyword: number;
  /** BM25 on the question side, relative to the best. */
  questionKeyword: number;
  /** The section classifier's probability, relative to the most probable candidate. */
  sectionClassifier: number;
}

export type RerankWeights = Record<keyof RerankFeatures, number>;

/**
 * Chosen by coordinate ascent on hit@1 over the knowledge's own 常见问法, each asked of an index built
 * without it (5 folds, about 4,400 questions), not on evals/; see README "Retrieval".
 */
export const DEFAULT_RERANK_WEIGHTS: RerankWeights = {
  fusion: 0,
  coverage: 0.1,
  questionCoverage: 0.025,
  phrasingMatch: 0.1,
  bigramCoverage: 0,
  vector: 0,
  keyword: 0.1,
  questionKeyword: 0,
  sectionClassifier: 0.025,
};

/** One candidate's score: the weighted mean of its features (rerankScorer reads the weights once for many). */
export function rerankScore(features: RerankFeatures, weights: RerankWeights = DEFAULT_RERANK_WEIGHTS): number {
  return rerankScorer(weights)(features);
}

/** The scorer for these weights, read once, for scoring many candidates. */
export function rerankScorer(weights: RerankWeights = DEFAULT_RERANK_WEIGHTS): (features: RerankFeatures) => number {
  const keys = Object.keys(weights) as (keyof RerankFeatures)[];
  const values = keys.map((key) => weights[key]);
  let weightSum = 0;
  for (const weight of values) weightSum += weight;
  if (keys.join() === Object.keys(DEFAULT_RERANK_WEIGHTS).join()) {
    // The usual order: each feature read by its name, not through a key looked up per feature (a keyed read on
    // every candidate of every ranking); the same products added in the same order.
    const [fusion, coverage, questionCoverage, phrasingMatch, bigramCoverage, vector, keyword, questionKeyword, sectionClassifier] = values as [number, number, number, number, number, number, number, number, number];
    return (f) => {
      let total = 0;
      total += fusion * f.fusion;
      total += coverage * f.coverage;
      total += questionCoverage * f.questionCoverage;
      total += phrasingMatch * f.phrasingMatch;
      total += bigramCoverage * f.bigramCoverage;
      total += vector * f.vector;
      total += keyword * f.keyword;
      total += questionKeyword * f.questionKeyword;
      total += sectionClassifier * f.sectionClassifier;
      return weightSum === 0 ? 0 : total / weightSum;
    };
  }
  return (features) => {
    let total = 0;
    for (let i = 0; i < keys.length; i += 1) total += values[i]! * features[keys[i]!];
    return weightSum === 0 ? 0 : total / weightSum;
  };
}
