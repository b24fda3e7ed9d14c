import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { KnowledgeBase, Passage } from "../knowledge/index.js";
import { normalizeText, type Segmenter } from "../text/index.js";
import type { Bm25Index } from "./bm25.js";
import { readBm25, writeBm25 } from "./bm25-file.js";
import { CorpusEmbeddings, type CorpusEmbeddingsState } from "./corpus-embeddings.js";
import { createEmbeddings, embeddingsKey, type EmbeddingsSettings } from "./embeddings-factory.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";
import { buildIndexParts, passageDocuments, type BuildInputs, type IndexParts } from "./index-build.js";
import { MANIFEST_FILE, manifestFor, planUpdate, readManifest, type Manifest } from "./index-manifest.js";
import { applyUpdate } from "./index-update.js";
import type { TextToolsRecipe } from "./passage-analysis.js";
import { indexText, questionText } from "./passage-text.js";
import { readClassifier, type SectionClassifier, writeClassifier } from "./section-classifier.js";

/** Bump when the indexed text or vector format changes, so old indexes are rebuilt. */
const INDEX_FORMAT = 5;

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
  /** Features of a question as retrieval sees it (normalised, lexicon-expanded); trains the classifier. */
  featurizeQuestion?: (text: string) => string[];
  onProgress?: (message: string) => void;
  /** Exact vector search while the index is small (VECTOR_SEARCH=auto); false: always the HNSW graph. */
  exactVectors?: boolean;
  /** How a worker thread makes the same featurizers: a large build then analyses its sections in two threads. */
  textTools?: TextToolsRecipe;
}

export interface OpenedIndex {
  index: SearchIndex;
  /** Whether the stored index was (re)built or updated, rather than loaded as it was. */
  rebuilt: boolean;
  /** Set when it was updated section by section instead of rebuilt: how many sections went out and came in. */
  updated?: { removed: number; added: number };
}

/** Index format and embedding model; the knowledge itself is compared section by section (index-manifest.ts). */
function indexKey(options: Pick<OpenIndexOptions, "embeddings">): string {
  return crypto.createHash("sha256").update(`${INDEX_FORMAT}\0${embeddingsKey(options.embeddings)}`).digest("hex");
}

/**
 * Whether the stored index was built from exactly this knowledge with these settings, so that opening it
 * would load it as it is: read from its manifest alone (the cluster primary's check before the workers load).
 */
export function storedIndexCurrent(options: Pick<OpenIndexOptions, "dataDir" | "knowledge" | "embeddings">): boolean {
  const dir = path.join(options.dataDir, "index");
  const manifest = readManifest(dir);
  return manifest?.key === indexKey(options) && manifest.contentHash === options.knowledge.contentHash && fs.existsSync(path.join(dir, "vectors.hnsw"));
}

/** Writes beside, then swaps, so a crash mid-write never leaves a half-written index behind. */
async function saveParts(dir: string, parts: IndexParts, manifest: Manifest): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await parts.store.save(staging);
  if (parts.embeddings instanceof CorpusEmbeddings) fs.writeFileSync(path.join(staging, "embeddings.json"), JSON.stringify(parts.embeddings.toJSON()));
  writeClassifier(path.join(staging, "classifier.bin"), parts.classifier);
  writeBm25(path.join(staging, "bm25.bin"), parts.bm25);
  writeBm25(path.join(staging, "question-bm25.bin"), parts.questionBm25);
  fs.writeFileSync(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
}

/** Persisted structures only: a restart segments and parses no text. */
async function loadParts(options: OpenIndexOptions, dir: string, dimensions: number): Promise<IndexParts> {
  const featurize = (text: string) => options.segmenter.features(text);
  // What each part costs to read: a large index's load time is spent where these say.
  let lap = performance.now();
  const laps: string[] = [];
  const timed = <T>(part: string, read: () => T): T => {
    const value = read();
    const now = performance.now();
    laps.push(`${part} ${Math.round(now - lap)} ms`);
    lap = now;
    return value;
  };
  const statePath = path.join(dir, "embeddings.json");
  const state = timed("the IDF table", () => (fs.existsSync(statePath) ? (JSON.parse(fs.readFileSync(statePath, "utf8")) as CorpusEmbeddingsState) : undefined));
  const embeddings = createEmbeddings(options.embeddings, featurize, state);
  const store = await HnswVectorStore.open(dir, embeddings, { dimensions, exact: options.exactVectors !== false });
  timed("the vectors", () => store);
  const classifier = timed("the section classifier", () => readClassifier(path.join(dir, "classifier.bin")));
  const bm25 = timed("BM25", () => readBm25(path.join(dir, "bm25.bin")));
  const questionBm25 = timed("the question BM25", () => readBm25(path.join(dir, "question-bm25.bin")));
  options.onProgress?.(`read the index: ${laps.join(", ")}`);
  return { store, embeddings, classifier, bm25, questionBm25 };
}

/**
 * Loads the persisted index when the knowledge is unchanged; updates it section by section when a few
 * sections changed (index-manifest.ts says how few); otherwise builds it anew. Persists what it built or updated.
 */
export async function openSearchIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const dir = path.join(options.dataDir, "index");
  const key = indexKey(options);
  const { knowledge } = options;
  const manifest = readManifest(dir);
  const progress = options.onProgress ?? (() => {});
  const inputs: BuildInputs = {
    segmenter: options.segmenter,
    embeddings: options.embeddings,
    featurizeQuestion: options.featurizeQuestion ?? ((text) => options.segmenter.features(normalizeText(text))),
    onProgress: progress,
    exactVectors: options.exactVectors !== false,
    ...(options.textTools ? { textTools: options.textTools } : {}),
  };
  const unreadable = (error: unknown) => (progress(`stored index unreadable, rebuilding it: ${(error as Error).message}`), null);
  let parts: IndexParts | null = null;
  let opened: Omit<OpenedIndex, "index"> = { rebuilt: true };
  if (manifest?.key === key && manifest.contentHash === knowledge.contentHash) {
    parts = await loadParts(options, dir, manifest.dimensions).catch(unreadable);
    opened = { rebuilt: parts === null };
  } else if (manifest) {
    const plan = planUpdate(manifest, key, knowledge);
    if (plan) parts = await loadParts(options, dir, manifest.dimensions).catch(unreadable);
    if (plan && parts) {
      progress(`updating the index: ${plan.remove.size} sections out, ${plan.add.length} in`);
      await applyUpdate(parts, plan, inputs);
      const changed = manifest.changedSinceFull + plan.remove.size + plan.add.length;
      await saveParts(dir, parts, manifestFor(key, knowledge, manifest.dimensions, changed));
      opened = { rebuilt: true, updated: { removed: plan.remove.size, added: plan.add.length } };
    }
  }
  if (!parts) {
    progress(`building vector index for ${knowledge.passages.length} passages`);
    parts = await buildIndexParts(knowledge.passages, inputs);
    progress("writing the index");
    const dimensions = parts.embeddings instanceof CorpusEmbeddings ? parts.embeddings.dimensions : (await parts.embeddings.embedQuery("维度")).length;
    await saveParts(dir, parts, manifestFor(key, knowledge, dimensions, 0));
  }
  return { ...opened, index: searchIndex(parts, knowledge, options.segmenter) };
}

function searchIndex(parts: IndexParts, knowledge: KnowledgeBase, segmenter: Segmenter): SearchIndex {
  const { store, embeddings, classifier, bm25, questionBm25 } = parts;
  const passages = new Map<string, Passage>(knowledge.passages.map((p) => [p.id, p]));
  // The rankings' ids read from the index files are copies of the passages' ids: use the passages' own strings.
  const canonical = new Map([...passages.keys()].map((id) => [id, id]));
  for (const part of [bm25, questionBm25, store]) part.shareIds(canonical);
  return {
    passages,
    vectors: store,
    embeddings,
    bm25,
    questionBm25,
    classifier,
    async addPassages(added) {
      await store.addDocuments(added.flatMap(passageDocuments));
      for (const p of added) {
        passages.set(p.id, p);
        bm25.add(p.id, segmenter.features(indexText(p)));
        questionBm25.add(p.id, segmenter.features(questionText(p)));
      }
    },
  };
}
