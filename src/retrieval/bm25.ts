import { denseTopK } from "./dense-top-k.js";
import { topK } from "./top-k.js";

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export interface ScoredId {
  id: string;
  score: number;
}

/** The postings of every term in compressed-row form: term t's documents are docs[offsets[t] .. offsets[t + 1]). */
export interface Bm25State {
  k1: number;
  b: number;
  ids: string[];
  terms: string[];
  lengths: Uint32Array;
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Term frequency per posting (a term repeated more than 65,535 times in one section counts 65,535). */
  tfs: Uint16Array;
}

/** A search whose postings number at least 1/DENSE_SHARE of the documents ranks the dense scores (dense-top-k.ts). */
export const DENSE_SHARE = 4;

/**
 * Okapi BM25 over pre-tokenised documents. Postings live in typed arrays (compressed rows); documents
 * added since the last compact() (a newly published FAQ) wait in small per-term lists, searched after them.
 */
export class Bm25Index {
  private readonly k1: number;
  private readonly b: number;
  private readonly termIds = new Map<string, number>();
  private terms: string[] = [];
  private ids: string[] = [];
  private lengths: number[] = [];
  private totalLength = 0;
  private offsets = new Uint32Array(1);
  private docs = new Uint32Array(0);
  private tfs = new Uint16Array(0);
  /** Per term: [doc, tf, doc, tf, …] added since the last compaction. */
  private pending: number[][] = [];
  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);
  private normCache: { average: number; values: Float64Array } | undefined;
  /** Documents removed (their number stays, with id "" and no postings). */
  private removed = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  get size(): number {
    return this.ids.length - this.removed;
  }

  /**
   * Holds each id as the given string equal to it (the passage's own id): a ranking's ids are then the very
   * strings the retriever's maps are keyed by, and each look-up compares a pointer, not characters.
   */
  shareIds(canonical: ReadonlyMap<string, string>): void {
    this.ids = this.ids.map((id) => canonical.get(id) ?? id);
  }

  /** Removes documents by id (a changed or deleted section): one pass over the postings, no re-segmenting. */
  remove(ids: ReadonlySet<string>): void {
    const gone = new Uint8Array(this.ids.length);
    let count = 0;
    this.ids.forEach((id, doc) => {
      if (id === "" || !ids.has(id)) return;
      gone[doc] = 1;
      count += 1;
      this.totalLength -= this.lengths[doc]!;
      this.lengths[doc] = 0;
      this.ids[doc] = "";
    });
    if (count === 0) return;
    this.removed += count;
    this.compact();
    const offsets = new Uint32Array(this.offsets.length);
    let at = 0;
    for (let t = 0; t + 1 < this.offsets.length; t += 1) {
      for (let p = this.offsets[t]!; p < this.offsets[t + 1]!; p += 1) {
        if (gone[this.docs[p]!] === 1) continue;
        this.docs[at] = this.docs[p]!;
        this.tfs[at++] = this.tfs[p]!;
      }
      offsets[t + 1] = at;
    }
    Object.assign(this, { offsets, docs: this.docs.slice(0, at), tfs: this.tfs.slice(0, at) });
  }

  add(id: string, tokens: readonly string[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    this.lengths.push(tokens.length);
    this.totalLength += tokens.length;
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, tf] of counts) {
      let term = this.termIds.get(token);
      if (term === undefined) {
        term = this.terms.length;
        this.termIds.set(token, term);
        this.terms.push(token);
      }
      (this.pending[term] ??= []).push(doc, tf);
    }
  }

  /** Moves the pending postings into the typed arrays (after a bulk build, or a few additions). */
  compact(): void {
    const termCount = this.terms.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t += 1) offsets[t + 1] = offsets[t]! + this.baseCount(t) + (this.pending[t]?.length ?? 0) / 2;
    const docs = new Uint32Array(offsets[termCount]!);
    const tfs = new Uint16Array(docs.length);
    for (let t = 0; t < termCount; t += 1) {
      let at = offsets[t]!;
      const base = this.baseCount(t);
      if (base > 0) {
        docs.set(this.docs.subarray(this.offsets[t]!, this.offsets[t]! + base), at);
        tfs.set(this.tfs.subarray(this.offsets[t]!, this.offsets[t]! + base), at);
        at += base;
      }
      const list = this.pending[t] ?? [];
      for (let i = 0; i < list.length; i += 2, at += 1) {
        docs[at] = list[i]!;
        tfs[at] = Math.min(65_535, list[i + 1]!);
      }
    }
    Object.assign(this, { offsets, docs, tfs, pending: [] });
  }

  private baseCount(term: number): number {
    return term + 1 < this.offsets.length ? this.offsets[term + 1]! - this.offsets[term]! : 0;
  }

  private documentFrequency(term: number): number {
    return this.baseCount(term) + (this.pending[term]?.length ?? 0) / 2;
  }

  idf(token: string): number {
    const term = this.termIds.get(token);
    return this.idfOfFrequency(term === undefined ? 0 : this.documentFrequency(term));
  }

  private idfOfFrequency(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Each document's length normalisation k1·(1 − b + b·length/average), kept until the documents change. */
  private norms(averageLength: number): Float64Array {
    if (this.normCache?.average !== averageLength || this.normCache.values.length !== this.ids.length) {
      const values = new Float64Array(this.ids.length);
      for (let doc = 0; doc < values.length; doc += 1) values[doc] = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / averageLength);
      this.normCache = { average: averageLength, values };
    }
    return this.normCache.values;
  }

  search(queryTokens: readonly string[], k: number): ScoredId[] {
    const averageLength = this.totalLength / Math.max(1, this.size);
    if (this.scratch.length < this.ids.length) {
      this.scratch = new Float64Array(Math.max(this.ids.length, 2 * this.scratch.length));
      this.touched = new Int32Array(this.scratch.length);
    }
    const scores = this.scratch; // all 0 between searches; every contribution is > 0
    const touched = this.touched; // in first-scored order, which breaks ties as before
    const norms = this.norms(averageLength);
    const boost = this.k1 + 1;
    const terms: number[] = [];
    let postings = 0;
    for (const token of new Set(queryTokens)) {
      const term = this.termIds.get(token);
      if (term === undefined) continue;
      terms.push(term);
      postings += this.documentFrequency(term);
    }
    // Postings over a good share of the documents (common words of a large base): no record of which were scored.
    const dense = postings * DENSE_SHARE >= this.ids.length;
    // Locals, not fields, in the loop over postings: a common word of a large base has tens of thousands.
    const { docs, tfs } = this;
    let count = 0;
    for (const term of terms) {
      const idf = this.idfOfFrequency(this.documentFrequency(term)); // the token's id is known: no second look-up
      const [start, end] = [this.offsets[term]!, this.offsets[term]! + this.baseCount(term)];
      if (dense) {
        for (let p = start; p < end; p += 1) {
          const doc = docs[p]!;
          const tf = tfs[p]!;
          scores[doc]! += (idf * tf * boost) / (tf + norms[doc]!);
        }
      } else {
        for (let p = start; p < end; p += 1) {
          const doc = docs[p]!;
          const tf = tfs[p]!;
          if (scores[doc] === 0) touched[count++] = doc;
          scores[doc]! += (idf * tf * boost) / (tf + norms[doc]!);
        }
      }
      const list = this.pending[term] ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const [doc, tf] = [list[i]!, list[i + 1]!];
        if (!dense && scores[doc] === 0) touched[count++] = doc;
        scores[doc]! += (idf * tf * boost) / (tf + norms[doc]!);
      }
    }
    if (dense) {
      // Ties as the first-scored order breaks them: by the first query term a document holds, then by number.
      const documents = this.ids.length;
      const key = (doc: number) => terms.findIndex((term) => this.holds(term, doc)) * documents + doc;
      const best = denseTopK(scores, documents, k, key);
      scores.fill(0, 0, documents);
      return best.positions.map((doc, i) => ({ id: this.ids[doc]!, score: best.scores[i]! }));
    }
    const values = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      values[i] = scores[touched[i]!]!;
      scores[touched[i]!] = 0;
    }
    return topK(values, k).map((i) => ({ id: this.ids[touched[i]!]!, score: values[i]! }));
  }

  /** Whether the term's postings hold the document (a binary search; then the few added since compaction). */
  private holds(term: number, doc: number): boolean {
    let [low, high] = [this.offsets[term]!, this.offsets[term]! + this.baseCount(term)];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.docs[mid]! < doc) low = mid + 1;
      else high = mid;
    }
    if (low < this.offsets[term]! + this.baseCount(term) && this.docs[low] === doc) return true;
    const list = this.pending[term] ?? [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === doc) return true;
    return false;
  }

  /** The index as typed arrays (compacts first), for persisting with the vector index. */
  toState(): Bm25State {
    this.compact();
    const { k1, b, ids, terms, offsets, docs, tfs } = this;
    return { k1, b, ids, terms, lengths: Uint32Array.from(this.lengths), offsets, docs, tfs };
  }

  static fromState(state: Bm25State): Bm25Index {
    const index = new Bm25Index({ k1: state.k1, b: state.b });
    state.terms.forEach((term, i) => index.termIds.set(term, i));
    const lengths = Array.from(state.lengths);
    Object.assign(index, {
      terms: state.terms, ids: state.ids, lengths, offsets: state.offsets, docs: state.docs, tfs: state.tfs,
      totalLength: lengths.reduce((sum, n) => sum + n, 0),
      removed: state.ids.reduce((sum, id) => sum + (id === "" ? 1 : 0), 0),
    });
    return index;
  }
}
