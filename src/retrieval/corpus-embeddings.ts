import { Embeddings } from "@langchain/core/embeddings";
import { hypotOf } from "./hypot.js";

export type Featurize = (text: string) => string[];

export interface CorpusEmbeddingsState {
  dimensions: number;
  documentCount: number;
  idf: Record<string, number>;
}

/** How many features' IDF a CorpusEmbeddings remembers (idfOf) before it starts afresh. */
const IDF_SEEN = 200_000;

/** FNV-1a: a fast, stable 32-bit string hash (stable across runs, unlike Math.random seeds). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Offline dense embeddings learned from the corpus: TF-IDF over jieba words and character
 * bigrams, folded into a fixed number of dimensions by signed feature hashing, L2-normalised.
 * Nothing is downloaded; the IDF table is fitted on the knowledge and persisted with the index.
 */
export class CorpusEmbeddings extends Embeddings {
  private readonly featurize: Featurize;
  private state: CorpusEmbeddingsState;
  /** embedFeatures's running sums (it runs to completion: nothing else uses them meanwhile). */
  private sums = new Float64Array(0);
  /** What the IDF table answered for each feature looked up since it last changed (idfOf). */
  private idfSeen = new Map<string, number | undefined>();

  constructor(featurize: Featurize, state: CorpusEmbeddingsState = { dimensions: 1024, documentCount: 0, idf: {} }) {
    super({});
    this.featurize = featurize;
    this.state = state;
  }

  get dimensions(): number {
    return this.state.dimensions;
  }

  /** Learns the IDF table from the corpus (one text per passage). */
  fit(texts: readonly string[]): void {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const feature of new Set(this.featurize(text))) {
        documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      }
    }
    this.fitCounts(documentFrequency, texts.length);
  }

  /** Learns the IDF table from document frequencies counted elsewhere (a build that segments each text once). */
  fitCounts(documentFrequency: ReadonlyMap<string, number>, n: number): void {
    const idf: Record<string, number> = {};
    for (const [feature, df] of documentFrequency) idf[feature] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    this.state = { dimensions: this.state.dimensions, documentCount: n, idf };
    this.idfSeen.clear();
  }

  /**
   * Gives features the table has never seen their IDF as if the texts had been in the corpus, leaving every
   * known feature's weight (and so every stored vector) as it is: for sections added to a built index.
   */
  learnNewFeatures(texts: readonly string[]): void {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const feature of new Set(this.featurize(text))) {
        if (!(feature in this.state.idf)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      }
    }
    const n = this.state.documentCount + texts.length;
    for (const [feature, df] of documentFrequency) this.state.idf[feature] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    this.idfSeen.clear();
  }

  /**
   * `state.idf[feature]`, remembered: a question's features are new strings, and a look-up in the large plain object
   * first finds each in V8's string table (about a microsecond a feature, most of a query's embedding); the same words
   * and bigrams come back question after question. Whatever the object answered is kept, so every weight is as before;
   * past IDF_SEEN features the memory starts afresh.
   */
  private idfOf(feature: string): number | undefined {
    const seen = this.idfSeen.get(feature);
    if (seen !== undefined || this.idfSeen.has(feature)) return seen;
    const idf = this.state.idf[feature];
    if (this.idfSeen.size >= IDF_SEEN) this.idfSeen.clear();
    this.idfSeen.set(feature, idf);
    return idf;
  }

  toJSON(): CorpusEmbeddingsState {
    return this.state;
  }

  /**
   * The weighted features of a text before hashing (TF-IDF; bigrams at half weight). `openVocabulary`
   * counts features the corpus never saw as the rarest ones instead of dropping them: for comparing
   * questions with each other (the gap report groups questions the knowledge does not cover, whose
   * telling words — 物业费, 充电桩 — are exactly the unseen ones).
   */
  featureWeights(text: string, options: { openVocabulary?: boolean } = {}): Map<string, number> {
    return this.weigh(this.featurize(text), options);
  }

  private weigh(features: readonly string[], options: { openVocabulary?: boolean } = {}): Map<string, number> {
    const weights = new Map<string, number>();
    this.eachWeight(features, options.openVocabulary === true, (feature, weight) => weights.set(feature, weight));
    return weights;
  }

  /** Each feature's weight, in the order of first occurrence (embedFeatures sums them without a map of its own). */
  private eachWeight(features: readonly string[], openVocabulary: boolean, use: (feature: string, weight: number) => void): void {
    const counts = new Map<string, number>();
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const unseenIdf = Math.log(1 + (this.state.documentCount + 0.5) / 0.5);
    counts.forEach((count, feature) => {
      const idf = this.idfOf(feature) ?? (openVocabulary ? unseenIdf : undefined);
      if (idf === undefined) return; // unseen in the corpus: carries no evidence
      // Bigrams back up word matches; words carry most of the meaning.
      use(feature, (1 + Math.log(count)) * idf * (feature.startsWith("#") ? 0.5 : 1));
    });
  }

  embedText(text: string): number[] {
    return this.embedFeatures(this.featurize(text));
  }

  /** The vector of a text from its features (as featurize gives them, in order). */
  embedFeatures(features: readonly string[]): number[] {
    const dimensions = this.state.dimensions;
    // Summed in one reused array (the same sums): a query used to allocate three arrays of 1,024 values.
    if (this.sums.length !== dimensions) this.sums = new Float64Array(dimensions);
    const sums = this.sums.fill(0);
    this.eachWeight(features, false, (feature, weight) => {
      const hash = fnv1a(feature);
      sums[hash % dimensions]! += hash & 0x80000000 ? -weight : weight;
    });
    const norm = hypotOf(sums);
    const vector = new Array<number>(dimensions);
    for (let d = 0; d < dimensions; d += 1) vector[d] = norm === 0 ? sums[d]! : sums[d]! / norm;
    return vector;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedText(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }
}
