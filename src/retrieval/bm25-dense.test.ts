import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bm25Index, DENSE_SHARE } from "./bm25.js";

const WORDS = ["办理", "社保", "医保", "备案", "异地", "条件", "材料", "窗口", "费用", "时限", "公积金", "提取"];

/** Documents drawn from a few words, many of them copies of each other (ties, as the synthetic scale base has). */
const corpus = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 })
  .chain((docs) => fc.array(fc.nat(docs.length - 1), { maxLength: 60 }).map((copies) => [...docs, ...copies.map((i) => docs[i]!)]));
const query = fc.array(fc.constantFrom(...WORDS, "未知"), { minLength: 1, maxLength: 8 });

/** BM25 as the definition: every posting scored, terms in query order, ties in the order documents were first scored. */
function reference(docs: readonly (readonly string[])[], ids: readonly string[], tokens: readonly string[], k: number, k1 = 1.2, b = 0.75) {
  const live = docs.map((d, i) => (ids[i] === "" ? null : d));
  const size = live.filter(Boolean).length;
  const average = live.reduce((sum, d) => sum + (d?.length ?? 0), 0) / Math.max(1, size);
  const scores = new Map<number, number>();
  for (const token of new Set(tokens)) {
    const df = live.filter((d) => d?.includes(token)).length;
    if (df === 0) continue;
    const idf = Math.log(1 + (size - df + 0.5) / (df + 0.5));
    live.forEach((d, doc) => {
      if (!d?.includes(token)) return;
      const tf = d.filter((t) => t === token).length;
      scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.length) / average)));
    });
  }
  return [...scores].sort((x, y) => y[1] - x[1]).slice(0, k).map(([doc, score]) => ({ id: ids[doc]!, score }));
}

describe("Bm25Index search over most of the documents (the dense pass)", () => {
  it("takes the dense pass for these corpora and gives the definition's ids, scores and order of ties", () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 40 }), (docs, tokens, k) => {
        const index = new Bm25Index();
        const ids = docs.map((_, i) => `d${i}`);
        docs.forEach((d, i) => index.add(ids[i]!, d));
        if (docs.length % 2 === 0) index.compact(); // the other half searches postings waiting for compaction
        expect(index.search(tokens, k)).toEqual(reference(docs, ids, tokens, k));
      }),
      { numRuns: 300 },
    );
    expect(DENSE_SHARE).toBeGreaterThan(1);
  });

  it("stays the definition after removals and additions", () => {
    fc.assert(
      fc.property(corpus, corpus, query, (first, later, tokens) => {
        const index = new Bm25Index();
        const all = [...first, ...later];
        const ids = all.map((_, i) => `d${i}`);
        first.forEach((d, i) => index.add(ids[i]!, d));
        index.compact();
        later.forEach((d, i) => index.add(ids[first.length + i]!, d));
        index.remove(new Set(["d0", `d${first.length}`]));
        const kept = ids.map((id) => (id === "d0" || id === `d${first.length}` ? "" : id));
        expect(index.search(tokens, 10)).toEqual(reference(all, kept, tokens, 10));
      }),
      { numRuns: 150 },
    );
  });
});
