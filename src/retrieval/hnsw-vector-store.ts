import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, type DocumentInterface } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { VectorStore } from "@langchain/core/vectorstores";
import hnswlib from "hnswlib-node";
import { ZhiceError } from "../errors.js";
import { readArraysFile, writeArraysFile } from "./arrays-file.js";
import { EXACT_BELOW, ExactVectors } from "./exact-vectors.js";

export interface HnswOptions {
  dimensions: number;
  /** Search breadth; higher is more exact and slower. Default: by size (efFor). */
  efSearch?: number;
  /** Vectors the build will add: sizes the graph once and chooses its shape (graphShapeFor). */
  expectedSize?: number;
  /** Search exactly instead while there are fewer than EXACT_BELOW vectors (default true; a set efSearch means HNSW). */
  exact?: boolean;
}

/** From this many vectors the graph is searched wider (efFor). */
export const LARGE_FROM = 200_000;

/**
 * Search breadth for an index of `size` vectors. Below EXACT_BELOW (the bundled knowledge has about 7,900)
 * exact search serves the queries and 64 is kept for VECTOR_SEARCH=hnsw (the retriever asks for 120 hits
 * anyway). Above, measured on the synthetic scale base (`bench/hnsw-tuning.ts`, 256 dimensions, the graph of
 * graphShapeFor): at 20,000 sections (105,348 vectors) recall@10 against exact search 98.2% at ef 256; at
 * 100,000 sections (505,348 vectors) 88.4% at 512, 94.0% at 1,024, 94.65% at 1,280, 95.3% at 1,536, 96.0% at
 * 1,792 and 96.2% at 2,048 (the base's near-copies of each section crowd the graph): 1,536 is the narrowest
 * breadth measured that keeps the 95% target, at about 0.8 of 2,048's search time (3.4 against 4.5 ms CPU for the
 * top 10). A denser graph reached 95% at a narrower breadth but doubled the insertion time, past the build's
 * 10 minutes (graphShapeFor).
 */
export function efFor(size: number): number {
  if (size < EXACT_BELOW) return 64;
  return size < LARGE_FROM ? 256 : 1536;
}

/**
 * The graph's shape for a build of `expectedSize` vectors: links per node (M) and insertion breadth. Below
 * EXACT_BELOW, hnswlib's defaults (16, 200), as ever. Above, insertion is most of a large build's vector time
 * and grows with the insertion breadth, so the breadth goes down and the links up: on the 20,000-section base
 * (`bench/hnsw-tuning.ts`) M 32 with breadth 64 reached 98.0% recall@10 at ef 256, M 16 with 200 98.4% and
 * M 16 with 64 96.2%, inserting in 37 s against 27 s for M 16 with 64 (200 took several times as long). The
 * 100,000-section run with M 16 and breadth 48 reached only 65% at ef 256. Tried at 100,000 sections and not
 * kept: M 48 with breadth 100 reached 95.2% at ef 512 and 98.7% at 1,024, but a build with it had inserted 80%
 * of the vectors after 655 s (the whole build took 491 s with M 32 and 64); M 32 with 160 was slower still.
 */
export function graphShapeFor(expectedSize: number): { m: number; efConstruction: number } {
  return expectedSize < EXACT_BELOW ? { m: 16, efConstruction: 200 } : { m: 32, efConstruction: 64 };
}

const INDEX_FILE = "vectors.hnsw";
const LABELS_FILE = "vectors.labels.bin";
const LABELS_KIND = "VLAB";

/**
 * A VectorStore on hnswlib-node (cosine space), persisted as two files in one directory: the graph, and for
 * each label (vector number) the passage it belongs to — a number into a list of passage ids, not a document,
 * so a large index loads without parsing text. Removed passages' vectors are marked deleted (hnswlib skips them).
 */
export class HnswVectorStore extends VectorStore {
  declare FilterType: (doc: DocumentInterface) => boolean;
  private readonly options: HnswOptions;
  private graph: hnswlib.HierarchicalNSW;
  /**
   * The stored graph's bytes while exact search serves the queries: hnswlib reads them only when the graph is
   * first needed (a vector added or removed, a save), so a restart reads the file once, not twice. Kept in
   * memory rather than read again from the index folder, which a rebuild may have replaced meanwhile.
   */
  private unreadGraph: Buffer | null = null;
  /** The passage of each label; null once removed. */
  private owners: (string | null)[] = [];
  private live = 0;
  /** The same vectors for exact search while there are fewer than EXACT_BELOW (faster than the graph there, and exact). */
  private exact: ExactVectors | null;

  constructor(embeddings: EmbeddingsInterface, options: HnswOptions) {
    super(embeddings, options);
    this.options = { ...options };
    this.exact = options.exact !== false && options.efSearch === undefined && (options.expectedSize ?? 0) < EXACT_BELOW ? new ExactVectors(options.dimensions) : null;
    this.graph = new hnswlib.HierarchicalNSW("cosine", options.dimensions);
    const expected = options.expectedSize ?? 0;
    const { m, efConstruction } = graphShapeFor(expected);
    this.graph.initIndex(Math.max(16, expected), m, efConstruction);
  }

  /** The hnswlib graph, read from the stored bytes the first time it is needed. */
  private get index(): hnswlib.HierarchicalNSW {
    if (this.unreadGraph) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zhice-graph-")), INDEX_FILE);
      try {
        fs.writeFileSync(file, this.unreadGraph);
        this.graph.readIndexSync(file);
      } finally {
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
      this.unreadGraph = null;
    }
    return this.graph;
  }

  _vectorstoreType(): string {
    return "hnswlib-node";
  }

  /** Vectors searched (removed ones not counted). */
  get size(): number {
    return this.live;
  }

  /** Labels handed out so far, removed ones included (labels run 0 … labelCount − 1). */
  get labelCount(): number {
    return this.owners.length;
  }

  /** Holds each label's passage id as the given string equal to it (as Bm25Index.shareIds). */
  shareIds(canonical: ReadonlyMap<string, string>): void {
    this.owners = this.owners.map((owner) => (owner === null ? null : (canonical.get(owner) ?? owner)));
  }

  private documentAt(label: number): DocumentInterface {
    return new Document({ id: String(label), pageContent: "", metadata: { passageId: this.owners[label], label } });
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new ZhiceError("INDEX_FAILED", "vector and document counts differ");
    const needed = this.owners.length + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    const ids: string[] = [];
    vectors.forEach((vector, i) => {
      if (vector.length !== this.options.dimensions) {
        throw new ZhiceError("INDEX_FAILED", `vector has ${vector.length} dimensions, index expects ${this.options.dimensions}`);
      }
      const label = this.owners.length;
      this.index.addPoint(vector, label);
      this.exact?.add(vector);
      const document = documents[i]!;
      this.owners.push(String(document.metadata.passageId ?? document.id ?? label));
      this.live += 1;
      ids.push(String(document.id ?? label));
    });
    if (this.owners.length >= EXACT_BELOW) this.exact = null;
    return ids;
  }

  async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /** Marks every vector of these passages deleted; returns how many. */
  removePassages(passageIds: ReadonlySet<string>): number {
    let removed = 0;
    this.owners.forEach((owner, label) => {
      if (owner === null || !passageIds.has(owner)) return;
      this.index.markDelete(label);
      this.owners[label] = null;
      removed += 1;
    });
    this.live -= removed;
    return removed;
  }

  /** Scores are cosine similarities (1 = same direction). A zero query vector finds nothing. */
  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this["FilterType"]): Promise<[DocumentInterface, number][]> {
    const labelFilter = filter ? (label: number) => filter(this.documentAt(label)) : undefined;
    const { labels, scores } = this.nearestLabels(query, k, labelFilter);
    return labels.map((label, i) => [this.documentAt(label), scores[i]!]);
  }

  /**
   * The best score of each passage among the k nearest vectors, in the order the vectors come (best first), at
   * most `passages` of them: what the retriever makes of similaritySearchVectorWithScore, without a Document per hit.
   */
  passageScores(query: readonly number[], k: number, passages: number): { id: string; score: number }[] {
    const { labels, scores } = this.nearestLabels(query, k);
    const seen = new Set<string>();
    const best: { id: string; score: number }[] = [];
    for (let i = 0; i < labels.length && best.length < passages; i += 1) {
      const id = String(this.owners[labels[i]!]);
      if (seen.has(id)) continue;
      seen.add(id);
      best.push({ id, score: scores[i]! });
    }
    return best;
  }

  /** The k nearest live labels, best first, with cosine similarities. */
  private nearestLabels(query: readonly number[], k: number, labelFilter?: (label: number) => boolean): { labels: number[]; scores: number[] } {
    if (this.live === 0 || !query.some((v) => v !== 0)) return { labels: [], scores: [] };
    const wanted = Math.min(k, this.live);
    if (this.exact && !labelFilter) {
      // Removed vectors stay in the exact columns: ask for as many more as were removed, then drop them.
      const found = this.exact.search(query, Math.min(this.owners.length, wanted + (this.owners.length - this.live)));
      if (this.live === this.owners.length) return found;
      const labels: number[] = [];
      const scores: number[] = [];
      found.labels.forEach((label, i) => {
        if (this.owners[label] === null || labels.length >= wanted) return;
        labels.push(label);
        scores.push(found.scores[i]!);
      });
      return { labels, scores };
    }
    this.index.setEf(Math.max(this.options.efSearch ?? efFor(this.live), k));
    const { neighbors, distances } = this.index.searchKnn(query as number[], wanted, labelFilter);
    return { labels: neighbors, scores: neighbors.map((_, i) => 1 - distances[i]!) };
  }

  /** Search breadth from now on (benchmarks tune it against exact search). */
  setEfSearch(ef: number): void {
    this.options.efSearch = ef;
    this.exact = null; // a chosen breadth means the graph is what is measured
  }

  /** The stored vector and its passage under a label, for exact search in benchmarks (removed: no vector, null passage). */
  entry(label: number): { vector: number[]; passageId: string | null } {
    const passageId = this.owners[label] ?? null;
    return { vector: passageId === null ? [] : this.index.getPoint(label), passageId };
  }

  async save(directory: string): Promise<void> {
    fs.mkdirSync(directory, { recursive: true });
    this.index.writeIndexSync(path.join(directory, INDEX_FILE));
    const passages = new Map<string, number>();
    const labels = Int32Array.from(this.owners, (owner) => {
      if (owner === null) return -1;
      if (!passages.has(owner)) passages.set(owner, passages.size);
      return passages.get(owner)!;
    });
    writeArraysFile(path.join(directory, LABELS_FILE), LABELS_KIND, { passages: [...passages.keys()] }, [labels]);
  }

  static async open(directory: string, embeddings: EmbeddingsInterface, options: HnswOptions): Promise<HnswVectorStore> {
    const store = new HnswVectorStore(embeddings, options);
    const indexFile = path.join(directory, INDEX_FILE);
    const labelsFile = path.join(directory, LABELS_FILE);
    if (!fs.existsSync(indexFile) || !fs.existsSync(labelsFile)) {
      throw new ZhiceError("INDEX_FAILED", `No saved vector index in ${directory}`);
    }
    const exactAllowed = options.exact !== false && options.efSearch === undefined && ExactVectors.countInHnswFile(indexFile) < EXACT_BELOW;
    if (exactAllowed) {
      const bytes = fs.readFileSync(indexFile);
      store.exact = ExactVectors.fromHnswFile(bytes, options.dimensions);
      store.unreadGraph = bytes;
    } else {
      store.exact = null;
      store.graph.readIndexSync(indexFile);
    }
    const { header, arrays } = readArraysFile<{ passages: string[] }>(labelsFile, LABELS_KIND);
    const labels = arrays[0] as Int32Array;
    store.owners = Array.from(labels, (n) => (n < 0 ? null : (header.passages[n] ?? null)));
    store.live = store.owners.reduce((sum, owner) => sum + (owner === null ? 0 : 1), 0);
    const stored = store.exact ? store.exact.size : store.graph.getCurrentCount();
    if (store.owners.length !== stored) {
      throw new ZhiceError("INDEX_FAILED", `Vector index in ${directory} is inconsistent (${store.owners.length} labels, ${stored} vectors)`);
    }
    return store;
  }
}
