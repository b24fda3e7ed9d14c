import type { Assistant } from "../app/create-assistant.js";
import { fromDense, type Represent } from "../feedback/gaps/index.js";
import { CorpusEmbeddings } from "../retrieval/index.js";

/**
 * Questions as vectors for grouping: the index's own TF-IDF weights of the normalised question's jieba
 * words, counting words the knowledge lacks as the rarest (open vocabulary). Character bigrams are left
 * out: between two short questions they mostly repeat the shared policy word (公积金 → 公积, 积金) and
 * pull different questions about it together. A remote embeddings model (EMBEDDINGS_PROVIDER=openai)
 * is used as it is.
 */
export function questionVectors(assistant: Pick<Assistant, "index" | "prepare">): Represent {
  return async (texts) => {
    // The normalised question, not the lexicon-expanded one: expansion adds the same official term
    // (住房公积金) to every question that names it, which pulls different questions together.
    const prepared = texts.map((t) => assistant.prepare(t).normalized);
    const embeddings = assistant.index.embeddings;
    if (!(embeddings instanceof CorpusEmbeddings)) return (await embeddings.embedDocuments(prepared)).map(fromDense);
    return prepared.map((t) => new Map([...embeddings.featureWeights(t, { openVocabulary: true })].filter(([feature]) => !feature.startsWith("#"))));
  };
}
