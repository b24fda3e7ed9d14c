import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { eventLoopTurns } from "../event-loop.js";
import type { Passage } from "../knowledge/index.js";
import type { Segmenter } from "../text/index.js";
import { Bm25Index } from "./bm25.js";
import { CorpusEmbeddings } from "./corpus-embeddings.js";
import { createEmbeddings, type EmbeddingsSettings } from "./embeddings-factory.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";
import { askTexts, featureListStarts, type TextToolsRecipe } from "./passage-analysis.js";
import { indexText } from "./passage-text.js";
import { analysedInOrder } from "./parallel-analysis.js";
import { type TrainingSet, trainFromSet, trainInWorker, WORKER_FROM_SECTIONS } from "./classifier-training.js";
import type { SectionClassifier } from "./section-classifier.js";
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
  /** How a worker thread makes the same featurizers, so a large build analyses in two threads (parallel-analysis.ts). */
  textTools?: TextToolsRecipe;
}

const EMBED_BATCH = 64;
/** Pending BM25 postings are moved into typed arrays this often, so they never pile up as JS arrays. */
const COMPACT_EVERY = 20_000;

export { askTexts };

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
 * The work is synchronous (jieba, hnswlib's insertion): it hands the event loop a turn every 50 ms (pause), and
 * past WORKER_FROM_SECTIONS the classifier trains in a worker thread beside the vector insertion, so no stretch
 * blocks the loop for long.
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
  const analysed: Analysed[] = [];
  const pause = eventLoopTurns();
  const lists = analysedInOrder(passages, { featurize, featurizeQuestion: inputs.featurizeQuestion }, inputs.textTools, progress);
  for await (const features of lists) {
    const i = analysed.length;
    const p = passages[i]!;
    const [question, classifier, asks, end] = featureListStarts(p);
    bm25.add(p.id, features[0]!);
    questionBm25.add(p.id, features[question]!);
    if ((i + 1) % COMPACT_EVERY === 0) {
      bm25.compact();
      questionBm25.compact();
    }
    if ((i + 1) % 10_000 === 0) progress(`analysed ${i + 1}/${passages.length} passages`);
    const wholeIds = terms.ids(features[0]!);
    for (const id of new Set(wholeIds)) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    const classified = features.slice(classifier, asks).map((list) => terms.ids(list));
    analysed.push({ whole: wholeIds, asks: features.slice(asks, end).map((list) => terms.ids(list)), examples: classified.slice(0, -1), vocabulary: concat(classified) });
    await pause();
  }
  bm25.compact();
  questionBm25.compact();
  if (local) local.fitCounts(terms.counts(documentFrequency), passages.length);
  // The classifier's examples are ready now: past a small base it trains in a worker while the vectors go in (the
  // two longest steps, 5 s and 15 s on the bundled knowledge, then share the cores and neither blocks this thread).
  const set = trainingSet(passages, analysed, terms);
  const inWorker = passages.length >= WORKER_FROM_SECTIONS;
  if (inWorker) progress("training the section classifier (in a worker, beside the vectors)");
  const training = inWorker ? trainInWorker(set, (why) => progress(`no worker for the classifier (${why}): training it here`)) : undefined;
  for (const a of analysed) Object.assign(a, { examples: [], vocabulary: EMPTY });
  const dimensions = local ? local.dimensions : (await embeddings.embedQuery("维度")).length;
  const expectedSize = analysed.reduce((n, a) => n + 1 + a.asks.length, 0);
  const store = new HnswVectorStore(embeddings, { dimensions, expectedSize, exact: inputs.exactVectors !== false });
  for (let start = 0; start < passages.length; start += EMBED_BATCH) {
    const batch = passages.slice(start, start + EMBED_BATCH);
    if (local) {
      // Passage by passage, in the same order as ever (the same graph): each insertion is a few ms of hnswlib.
      for (const [i, passage] of batch.entries()) {
        const a = analysed[start + i]!;
        await store.addVectors([a.whole, ...a.asks].map((ids) => local.embedFeatures(terms.names(ids))), passageDocuments(passage));
        Object.assign(a, { whole: EMPTY, asks: [] }); // not needed again
        await pause();
      }
    } else {
      await store.addDocuments(batch.flatMap(passageDocuments));
    }
    progress(`embedded ${Math.min(start + EMBED_BATCH, passages.length)}/${passages.length} passages`);
  }
  analysed.length = 0;
  if (!inWorker) progress("training the section classifier");
  const classifier = training ? await training : trainFromSet(set);
  return { store, embeddings, classifier, bm25, questionBm25 };
}

/** The classifier's training set from the analysed passages, as flat arrays (classifier-training.ts). */
function trainingSet(passages: readonly Passage[], analysed: readonly Analysed[], terms: TermTable): TrainingSet {
  const vocabularyOffsets = new Uint32Array(passages.length + 1);
  let examples = 0;
  analysed.forEach((a, i) => {
    vocabularyOffsets[i + 1] = vocabularyOffsets[i]! + a.vocabulary.length;
    examples += a.examples.length;
  });
  const vocabularyTerms = concat(analysed.map((a) => a.vocabulary));
  const exampleSections = new Uint32Array(examples);
  const exampleOffsets = new Uint32Array(examples + 1);
  const lists: Uint32Array[] = [];
  analysed.forEach((a, i) => {
    // The title is shared by every section of a document: vocabulary only, not an example (classifierTexts).
    for (const features of a.examples) {
      exampleSections[lists.length] = i;
      exampleOffsets[lists.length + 1] = exampleOffsets[lists.length]! + features.length;
      lists.push(features);
    }
  });
  return { sections: passages.map((p) => p.id), vocabularyOffsets, vocabularyTerms, exampleSections, exampleOffsets, exampleTerms: concat(lists), names: terms.all() };
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
