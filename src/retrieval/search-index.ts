import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { KnowledgeBase, Passage } from "../knowledge/index.js";
import type { Segmenter } from "../text/index.js";
import { Bm25Index } from "./bm25.js";
import { readBm25, writeBm25 } from "./bm25-file.js";
import { CorpusEmbeddings, type CorpusEmbeddingsState } from "./corpus-embeddings.js";
import { createEmbeddings, embeddingsKey, type EmbeddingsSettings } from "./embeddings-factory.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";
import { indexText, questionText } from "./passage-text.js";
import { SectionClassifier, trainOnPassages, type SectionClassifierState } from "./section-classifier.js";
import { normalizeText } from "../text/index.js";

/** Bump when the indexed text or vector format changes, so old indexes are rebuilt. */
const INDEX_FORMAT = 4;
const EMBED_BATCH = 64;

export interface SearchIndex {
  passages: Map<string, Passage>;
  vectors: HnswVectorStore;
  embeddings: EmbeddingsInterface;
  bm25: Bm25Index;
  /** BM25 over the question side only (heading and 常见问法). */
  questionBm25: Bm25Index;
  /** Which section a question's words point to, learned from the sections' own 常见问法. */
  classifier: SectionClassifier;
  /** Adds passages to the running index (for example a newly published FAQ). */
  addPassages(passages: Passage[]): Promise<void>;
}

export interface OpenIndexOptions {
  knowledge: KnowledgeBase;
  dataDir: string;
  segmenter: Segmenter;
  embeddings: EmbeddingsSettings;
  /** Exact vector search while the index is small (VECTOR_SEARCH=auto, the default); false = always HNSW. */
  exactVectors?: boolean;
  /** Features of a question as retrieval sees it (normalised, lexicon-expanded); trains the classifier. */
  featurizeQuestion?: (text: string) => string[];
  onProgress?: (message: string) => void;
}

export interface OpenedIndex {
  index: SearchIndex;
  rebuilt: boolean;
}

interface Manifest {
  key: string;
  passageIds: string[];
  builtAt: string;
}

function indexKey(options: OpenIndexOptions): string {
  return crypto
    .createHash("sha256")
    .update(`${INDEX_FORMAT}\0${options.knowledge.contentHash}\0${embeddingsKey(options.embeddings)}`)
    .digest("hex");
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Each passage is embedded several times: its whole text, and each way of asking it (the heading
 * and every 常见问法). A question then matches the closest phrasing, not an average of all of them.
 */
function toDocuments(passage: Passage): Document[] {
  const whole = new Document({ id: passage.id, pageContent: indexText(passage), metadata: { passageId: passage.id } });
  const asks = [passage.heading, ...passage.phrasings].map(
    (text, i) => new Document({ id: `${passage.id}~${i}`, pageContent: normalizeText(text), metadata: { passageId: passage.id } }),
  );
  return [whole, ...asks];
}

async function embedInBatches(store: HnswVectorStore, passages: Passage[], progress: (m: string) => void) {
  for (let start = 0; start < passages.length; start += EMBED_BATCH) {
    await store.addDocuments(passages.slice(start, start + EMBED_BATCH).flatMap(toDocuments));
    progress(`embedded ${Math.min(start + EMBED_BATCH, passages.length)}/${passages.length} passages`);
  }
}

/** The two BM25 indexes (whole text, question side), built from every passage's segmented text. */
function buildKeywordIndexes(passages: readonly Passage[], segmenter: Segmenter) {
  const bm25 = new Bm25Index();
  const questionBm25 = new Bm25Index();
  for (const p of passages) {
    bm25.add(p.id, segmenter.features(indexText(p)));
    questionBm25.add(p.id, segmenter.features(questionText(p)));
  }
  bm25.compact();
  questionBm25.compact();
  return { bm25, questionBm25 };
}

async function buildVectors(options: OpenIndexOptions, dir: string, key: string) {
  const featurize = (text: string) => options.segmenter.features(text);
  const embeddings = createEmbeddings(options.embeddings, featurize);
  const passages = options.knowledge.passages;
  if (embeddings instanceof CorpusEmbeddings) embeddings.fit(passages.map(indexText));
  const dimensions = embeddings instanceof CorpusEmbeddings ? embeddings.dimensions : (await embeddings.embedQuery("维度")).length;
  const store = new HnswVectorStore(embeddings, { dimensions, exact: options.exactVectors !== false });
  await embedInBatches(store, passages, options.onProgress ?? (() => {}));
  options.onProgress?.("training the section classifier");
  const classifier = trainOnPassages(passages, options.featurizeQuestion ?? ((text) => options.segmenter.features(normalizeText(text))));
  options.onProgress?.("building the keyword indexes");
  const { bm25, questionBm25 } = buildKeywordIndexes(passages, options.segmenter);
  // Write beside, then swap, so a crash mid-build never leaves a half-written index behind.
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await store.save(staging);
  if (embeddings instanceof CorpusEmbeddings) fs.writeFileSync(path.join(staging, "embeddings.json"), JSON.stringify(embeddings.toJSON()));
  fs.writeFileSync(path.join(staging, "classifier.json"), JSON.stringify(classifier.toJSON()));
  writeBm25(path.join(staging, "bm25.bin"), bm25);
  writeBm25(path.join(staging, "question-bm25.bin"), questionBm25);
  const manifest: Manifest = { key, passageIds: passages.map((p) => p.id), builtAt: new Date().toISOString() };
  fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify({ ...manifest, dimensions }));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return { store, embeddings, classifier, bm25, questionBm25 };
}

async function loadVectors(options: OpenIndexOptions, dir: string) {
  const featurize = (text: string) => options.segmenter.features(text);
  const statePath = path.join(dir, "embeddings.json");
  const state = fs.existsSync(statePath) ? (JSON.parse(fs.readFileSync(statePath, "utf8")) as CorpusEmbeddingsState) : undefined;
  const embeddings = createEmbeddings(options.embeddings, featurize, state);
  const { dimensions } = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { dimensions: number };
  const store = await HnswVectorStore.open(dir, embeddings, { dimensions, exact: options.exactVectors !== false });
  const classifier = SectionClassifier.fromJSON(JSON.parse(fs.readFileSync(path.join(dir, "classifier.json"), "utf8")) as SectionClassifierState);
  // Persisted postings: a restart segments nothing.
  const bm25 = readBm25(path.join(dir, "bm25.bin"));
  const questionBm25 = readBm25(path.join(dir, "question-bm25.bin"));
  return { store, embeddings, classifier, bm25, questionBm25 };
}

/** Loads the persisted index when the knowledge is unchanged; otherwise rebuilds and persists it. */
export async function openSearchIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const dir = path.join(options.dataDir, "index");
  const key = indexKey(options);
  const manifest = readManifest(dir);
  let rebuilt = !(manifest?.key === key);
  let vectors = rebuilt
    ? null
    : await loadVectors(options, dir).catch((error: unknown) => (options.onProgress?.(`stored index unreadable, rebuilding it: ${(error as Error).message}`), null));
  if (!vectors) {
    rebuilt = true;
    options.onProgress?.(`building vector index for ${options.knowledge.passages.length} passages`);
    vectors = await buildVectors(options, dir, key);
  }
  const { store, embeddings, classifier, bm25, questionBm25 } = vectors;
  const passages = new Map<string, Passage>(options.knowledge.passages.map((p) => [p.id, p]));
  return {
    rebuilt,
    index: {
      passages,
      vectors: store,
      embeddings,
      bm25,
      questionBm25,
      classifier,
      async addPassages(added) {
        await store.addDocuments(added.flatMap(toDocuments));
        for (const p of added) {
          passages.set(p.id, p);
          bm25.add(p.id, options.segmenter.features(indexText(p)));
          questionBm25.add(p.id, options.segmenter.features(questionText(p)));
        }
      },
    },
  };
}
