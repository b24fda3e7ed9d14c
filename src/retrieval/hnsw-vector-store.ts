import fs from "node:fs";
import path from "node:path";
import { Document, type DocumentInterface } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { VectorStore } from "@langchain/core/vectorstores";
import hnswlib from "hnswlib-node";
import { ZhiceError } from "../errors.js";
import { EXACT_BELOW, ExactVectors } from "./exact-vectors.js";

export interface HnswOptions {
  dimensions: number;
  /** Search breadth; higher is more exact and slower. Default: by size (efFor). */
  efSearch?: number;
  /** Search exactly instead while there are fewer than EXACT_BELOW vectors (default true; a set efSearch means HNSW). */
  exact?: boolean;
}

/**
 * Search breadth for an index of `size` vectors. Measured with `npm run bench -- --scale 20000` (104,582 vectors
 * of 256 dimensions): recall@10 against exact search 87% at ef 64, 98.8% at 256 (43× faster than exact). Below
 * 50,000 vectors (the bundled knowledge has about 7,200) 64 is kept, and the retriever asks for 120 hits anyway.
 */
export function efFor(size: number): number {
  return size < 50_000 ? 64 : 256;
}

const INDEX_FILE = "vectors.hnsw";
const DOCS_FILE = "vectors.docs.json";

/** A VectorStore on hnswlib-node (cosine space), persisted as two files in one directory. */
export class HnswVectorStore extends VectorStore {
  declare FilterType: (doc: DocumentInterface) => boolean;
  private readonly options: HnswOptions;
  private index: hnswlib.HierarchicalNSW;
  /** A saved graph not read yet: exact search does not need it until vectors are added or it is saved. */
  private unreadGraph: string | null = null;
  /** Vectors added while the graph was unread (a published FAQ): put in it when it is read. */
  private notInGraph: number[][] = [];
  private docs: DocumentInterface[] = [];
  /** The same vectors for exact search while there are fewer than EXACT_BELOW (faster than the graph, and exact). */
  private exact: ExactVectors | null;

  constructor(embeddings: EmbeddingsInterface, options: HnswOptions) {
    super(embeddings, options);
    this.options = { ...options };
    this.index = new hnswlib.HierarchicalNSW("cosine", options.dimensions);
    this.index.initIndex(16);
    this.exact = options.exact !== false && options.efSearch === undefined ? new ExactVectors(options.dimensions) : null;
  }

  private get graph(): hnswlib.HierarchicalNSW {
    if (this.unreadGraph) {
      this.index.readIndexSync(this.unreadGraph);
      this.unreadGraph = null;
      const first = this.index.getCurrentCount();
      if (this.notInGraph.length > 0) this.index.resizeIndex(first + this.notInGraph.length);
      this.notInGraph.forEach((vector, i) => this.index.addPoint(vector, first + i));
      this.notInGraph = [];
    }
    return this.index;
  }

  _vectorstoreType(): string {
    return "hnswlib-node";
  }

  get size(): number {
    return this.docs.length;
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new ZhiceError("INDEX_FAILED", "vector and document counts differ");
    // While exact search serves, the graph stays unread: the vectors wait for it (a FAQ is added in milliseconds).
    const graphUnread = this.unreadGraph !== null && this.exact !== null && this.docs.length + vectors.length < EXACT_BELOW;
    const needed = this.docs.length + vectors.length;
    if (!graphUnread && needed > this.graph.getMaxElements()) this.graph.resizeIndex(Math.max(needed, this.graph.getMaxElements() * 2));
    const ids: string[] = [];
    vectors.forEach((vector, i) => {
      if (vector.length !== this.options.dimensions) {
        throw new ZhiceError("INDEX_FAILED", `vector has ${vector.length} dimensions, index expects ${this.options.dimensions}`);
      }
      const label = this.docs.length;
      if (graphUnread) this.notInGraph.push(vector);
      else this.graph.addPoint(vector, label);
      this.exact?.add(vector);
      this.docs.push(documents[i]!);
      ids.push(String(documents[i]!.id ?? label));
    });
    if (this.docs.length >= EXACT_BELOW) this.exact = null;
    return ids;
  }

  async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /** Scores are cosine similarities (1 = same direction). A zero query vector finds nothing. */
  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this["FilterType"]): Promise<[DocumentInterface, number][]> {
    if (this.docs.length === 0 || query.every((v) => v === 0)) return [];
    const wanted = Math.min(k, this.docs.length);
    if (this.exact && !filter) {
      const { labels, scores } = this.exact.search(query, wanted);
      return labels.map((label, i) => [this.docs[label]!, scores[i]!]);
    }
    this.graph.setEf(Math.max(this.options.efSearch ?? efFor(this.docs.length), k));
    const labelFilter = filter ? (label: number) => filter(this.docs[label]!) : undefined;
    const { neighbors, distances } = this.graph.searchKnn(query, wanted, labelFilter);
    return neighbors.map((label, i) => [this.docs[label]!, 1 - distances[i]!]);
  }

  /** Search breadth from now on (benchmarks tune it against exact search). */
  setEfSearch(ef: number): void {
    this.options.efSearch = ef;
    this.exact = null; // a chosen breadth means the graph is what is measured
  }

  /** The stored vector and document under a label (0 … size − 1), for exact search in benchmarks. */
  entry(label: number): { vector: number[]; document: DocumentInterface } {
    return { vector: this.graph.getPoint(label), document: this.docs[label]! };
  }

  async save(directory: string): Promise<void> {
    fs.mkdirSync(directory, { recursive: true });
    this.graph.writeIndexSync(path.join(directory, INDEX_FILE));
    const docs = this.docs.map((d) => ({ id: d.id, pageContent: d.pageContent, metadata: d.metadata }));
    fs.writeFileSync(path.join(directory, DOCS_FILE), JSON.stringify(docs));
  }

  static async open(directory: string, embeddings: EmbeddingsInterface, options: HnswOptions): Promise<HnswVectorStore> {
    const store = new HnswVectorStore(embeddings, options);
    const indexFile = path.join(directory, INDEX_FILE);
    const docsFile = path.join(directory, DOCS_FILE);
    if (!fs.existsSync(indexFile) || !fs.existsSync(docsFile)) {
      throw new ZhiceError("INDEX_FAILED", `No saved vector index in ${directory}`);
    }
    const docs = JSON.parse(fs.readFileSync(docsFile, "utf8")) as DocumentInterface[];
    store.docs = docs.map((d) => new Document(d));
    let count: number;
    if (options.exact !== false && options.efSearch === undefined && store.docs.length < EXACT_BELOW) {
      // Exact search reads the vectors from the file itself; the graph is read when first needed.
      store.exact = ExactVectors.fromHnswFile(fs.readFileSync(indexFile), options.dimensions);
      store.unreadGraph = indexFile;
      count = store.exact.size;
    } else {
      store.exact = null;
      store.index.readIndexSync(indexFile);
      count = store.index.getCurrentCount();
    }
    if (store.docs.length !== count) {
      throw new ZhiceError("INDEX_FAILED", `Vector index in ${directory} is inconsistent (${store.docs.length} docs, ${count} vectors)`);
    }
    return store;
  }
}
