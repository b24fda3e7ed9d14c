import type { Passage } from "../knowledge/index.js";
import type { Segmenter } from "../text/index.js";
import { reciprocalRankFusion } from "./fusion.js";
import { indexText, questionText } from "./passage-text.js";
import { weightedCoverage, type PreparedQuery } from "./query.js";
import type { SearchIndex } from "./search-index.js";

export interface Candidate {
  passage: Passage;
  /** Final rerank score, 0..1. */
  score: number;
  /** Cosine similarity from the vector index (0 when the vector search did not find it). */
  vectorScore: number;
  /** IDF-weighted share of the question's words found in the passage. */
  coverage: number;
  /** The same share measured on the heading and 常见问法 only. */
  questionCoverage: number;
}

export interface RetrieverOptions {
  /** How many candidates each ranking contributes to fusion. */
  poolSize?: number;
}

const MAX_RRF = 2 / 61; // first place in both rankings

export function createHybridRetriever(index: SearchIndex, segmenter: Segmenter, options: RetrieverOptions = {}) {
  const poolSize = options.poolSize ?? 30;
  const idf = (word: string) => index.bm25.idf(word);

  async function search(query: PreparedQuery, k = 5): Promise<Candidate[]> {
    const features = segmenter.features(query.expanded);
    const keywordRanking = index.bm25.search(features, poolSize);
    const queryVector = await index.embeddings.embedQuery(query.expanded);
    const vectorHits = await index.vectors.similaritySearchVectorWithScore(queryVector, poolSize);
    const vectorScores = new Map(vectorHits.map(([doc, score]) => [String(doc.metadata.passageId), score]));
    const vectorRanking = [...vectorScores].map(([id, score]) => ({ id, score }));
    const fused = reciprocalRankFusion([keywordRanking, vectorRanking]);

    const candidates = fused.flatMap(({ id, score: rrf }) => {
      const passage = index.passages.get(id);
      if (!passage) return [];
      const coverage = weightedCoverage(query, indexText(passage), idf);
      const questionCoverage = weightedCoverage(query, questionText(passage), idf);
      const score = 0.4 * (rrf / MAX_RRF) + 0.35 * coverage + 0.25 * questionCoverage;
      return [{ passage, score, vectorScore: vectorScores.get(id) ?? 0, coverage, questionCoverage }];
    });
    return candidates.sort((a, b) => b.score - a.score).slice(0, k);
  }

  return { search };
}

export type HybridRetriever = ReturnType<typeof createHybridRetriever>;
