import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Passage } from "../knowledge/index.js";
import { normalizeText, type Segmenter } from "../text/index.js";
import { Bm25Index } from "./bm25.js";
import { CorpusEmbeddings } from "./corpus-embeddings.js";
import { createEmbeddings, type EmbeddingsSettings } from "./embeddings-factory.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";
import { indexText, questionText } from "./passage-text.js";
import { classifierTexts, SectionClassifier, type ClassifierExample } from "./section-classifier.js";
import { TermTable } from "./term-table.js";

/** The searchable parts of an index, in memory. */
export interface IndexParts {
  store: HnswVectorStore;
  embeddings: EmbeddingsInterface;
  classifier: SectionClassifier;
  bm25: Bm25Index;
  questionBm25: Bm25Index;
}

export interface BuildInputs {
  segmenter: Segmenter;
  embeddings: EmbeddingsSettings;
  /** Features of a question as retrieval sees it (normalised, lexicon-expanded); trains the classifier. */
  featurizeQuestion: (text: string) => string[];
  onProgress?: (message: string) => void;
  /** Exact vector search while the index is small; false: always the HNSW graph. */
  exactVectors?: boolean;
}

const EMBED_BATCH = 64;
/** Pending BM25 postings are moved into typed arrays this often, so they never pile up as JS arrays. */
const COMPACT_EVERY = 20_000;

/** The texts embedded for a passage besides its whole text: each way of asking it (heading, 常见问法). */
export function askTexts(passage: Passage): string[] {
  return [passage.heading, ...passage.phrasings].map(normalizeText);
}

/**
 * Each passage is embedded several times: its whole text, and each way of asking it. A question then
 * matches the closest phrasing, not an average of all of them.
 */
export function passageDocuments(passage: Passage): Document[] {
  const metadata = { passageId: passage.id };
  return [indexText(passage), ...askTexts(passage)].map((pageContent) => new Document({ pageContent, metadata }));
}

/** What the build keeps of a passage between its passes: features as term numbers, not strings. */
interface Analysed {
  whole: Uint32Array;
  asks: Uint32Array[];
  examples: Uint32Array[];
  vocabulary: Uint32Array;
}

/**
 * A full build that segments each text once and streams: one pass analyses every passage (keyword postings
 * added at once, features kept as numbers), the IDF table is fitted from the counted document frequencies, a
 * second pass embeds, and the classifier trains on the kept features. Same results as segmenting per part.
 */
export async function buildIndexParts(passages: readonly Passage[], inputs: BuildInputs): Promise<IndexParts> {
  const progress = inputs.onProgress ?? (() => {});
  const featurize = (text: string) => inputs.segmenter.features(text);
  const embeddings = createEmbeddings(inputs.embeddings, featurize);
  const local = embeddings instanceof CorpusEmbeddings ? embeddings : undefined;
  const terms = new TermTable();
  const documentFrequency: number[] = [];
  const bm25 = new Bm25Index();
  const questionBm25 = new Bm25Index();
  const analysed: (Analysed | null)[] = passages.map((p, i) => {
    const whole = featurize(indexText(p));
    bm25.add(p.id, whole);
    questionBm25.add(p.id, featurize(questionText(p)));
    if ((i + 1) % COMPACT_EVERY === 0) {
      bm25.compact();
      questionBm25.compact();
    }
    if ((i + 1) % 10_000 === 0) progress(`analysed ${i + 1}/${passages.length} passages`);
    const wholeIds = terms.ids(whole);
    for (const id of new Set(wholeIds)) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    const lists = classifierTexts(p).map((text) => terms.ids(inputs.featurizeQuestion(text)));
    return { whole: wholeIds, asks: askTexts(p).map((text) => terms.ids(featurize(text))), examples: lists.slice(0, -1), vocabulary: concat(lists) };
  });
  bm25.compact();
  questionBm25.compact();
  if (local) local.fitCounts(terms.counts(documentFrequency), passages.length);
  const dimensions = local ? local.dimensions : (await embeddings.embedQuery("维度")).length;
  const expectedSize = analysed.reduce((n, a) => n + 1 + a!.asks.length, 0);
  const store = new HnswVectorStore(embeddings, { dimensions, expectedSize, exact: inputs.exactVectors !== false });
  for (let start = 0; start < passages.length; start += EMBED_BATCH) {
    const batch = passages.slice(start, start + EMBED_BATCH);
    if (local) {
      const parts = batch.map((_, i) => analysed[start + i]!);
      const vectors = parts.flatMap((a) => [a.whole, ...a.asks].map((ids) => local.embedFeatures(terms.names(ids))));
      await store.addVectors(vectors, batch.flatMap(passageDocuments));
      for (const a of parts) Object.assign(a, { whole: EMPTY, asks: [] }); // not needed again
    } else {
      await store.addDocuments(batch.flatMap(passageDocuments));
    }
    progress(`embedded ${Math.min(start + EMBED_BATCH, passages.length)}/${passages.length} passages`);
  }
  progress("training the section classifier");
  const examples: ClassifierExample<number>[] = [];
  const vocabulary = new Map<string, Uint32Array>();
  passages.forEach((p, i) => {
    const a = analysed[i]!;
    vocabulary.set(p.id, a.vocabulary);
    // The title is shared by every section of a document: vocabulary only, not an example.
    for (const features of a.examples) examples.push({ sectionId: p.id, features });
    analysed[i] = null;
  });
  const classifier = SectionClassifier.train(examples, vocabulary, {}, (id) => terms.name(id));
  return { store, embeddings, classifier, bm25, questionBm25 };
}

const EMPTY = new Uint32Array(0);

function concat(lists: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    out.set(list, at);
    at += list.length;
  }
  return out;
}
