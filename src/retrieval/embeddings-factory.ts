import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Config } from "../config/index.js";
import { CorpusEmbeddings, type CorpusEmbeddingsState, type Featurize } from "./corpus-embeddings.js";
import { OpenAICompatibleEmbeddings } from "./openai-embeddings.js";

export type EmbeddingsSettings = Config["embeddings"];

/** A stable description of the embedding model: the index is rebuilt when it changes. */
export function embeddingsKey(settings: EmbeddingsSettings): string {
  return settings.provider === "local"
    ? `local:tfidf-hash:${settings.dimensions}`
    : `openai:${settings.url}:${settings.model}`;
}

export function createEmbeddings(
  settings: EmbeddingsSettings,
  featurize: Featurize,
  state?: CorpusEmbeddingsState,
): EmbeddingsInterface {
  if (settings.provider === "openai") {
    return new OpenAICompatibleEmbeddings({
      url: settings.url!,
      model: settings.model,
      apiKey: settings.apiKey,
      timeoutMs: settings.timeoutMs,
    });
  }
  return new CorpusEmbeddings(featurize, state ?? { dimensions: settings.dimensions, documentCount: 0, idf: {} });
}
