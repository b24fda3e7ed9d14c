export interface Bm25Options {
  k1?: number;
  b?: number;
}

export interface ScoredId {
  id: string;
  score: number;
}

/** Okapi BM25 over pre-tokenised documents; small and exact, rebuilt in memory in milliseconds. */
export class Bm25Index {
  private readonly k1: number;
  private readonly b: number;
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private totalLength = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, tokens: readonly string[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    this.lengths.push(tokens.length);
    this.totalLength += tokens.length;
    for (const token of tokens) {
      let posting = this.postings.get(token);
      if (!posting) this.postings.set(token, (posting = new Map()));
      posting.set(doc, (posting.get(doc) ?? 0) + 1);
    }
  }

  idf(token: string): number {
    const df = this.postings.get(token)?.size ?? 0;
    return Math.log(1 + (this.ids.length - df + 0.5) / (df + 0.5));
  }

  search(queryTokens: readonly string[], k: number): ScoredId[] {
    const averageLength = this.totalLength / Math.max(1, this.ids.length);
    const scores = new Map<number, number>();
    for (const token of new Set(queryTokens)) {
      const posting = this.postings.get(token);
      if (!posting) continue;
      const idf = this.idf(token);
      for (const [doc, tf] of posting) {
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + norm));
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([doc, score]) => ({ id: this.ids[doc]!, score }));
  }
}
