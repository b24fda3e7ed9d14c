export { Bm25Index, type ScoredId } from "./bm25.js";
export { CorpusEmbeddings, type CorpusEmbeddingsState } from "./corpus-embeddings.js";
export { OpenAICompatibleEmbeddings } from "./openai-embeddings.js";
export { createEmbeddings, embeddingsKey } from "./embeddings-factory.js";
export { HnswVectorStore } from "./hnsw-vector-store.js";
export { reciprocalRankFusion } from "./fusion.js";
export { openSearchIndex, type SearchIndex, type OpenedIndex } from "./search-index.js";
export { prepareQuery, weightedCoverage, type PreparedQuery } from "./query.js";
export { createHybridRetriever, type Candidate, type HybridRetriever } from "./hybrid-retriever.js";
