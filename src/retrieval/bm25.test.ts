import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bm25Index } from "./bm25.js";
import { fuseRankings, reciprocalRankFusion } from "./fusion.js";

describe("Bm25Index", () => {
  const index = new Bm25Index();
  index.add("a", ["异地就医", "备案", "结算"]);
  index.add("b", ["创业担保贷款", "额度"]);
  index.add("c", ["备案", "商标"]);

  it("ranks documents sharing rarer terms higher", () => {
    const hits = index.search(["异地就医", "备案"], 3);
    expect(hits.map((h) => h.id)).toEqual(["a", "c"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it("weights rare terms above common ones", () => {
    expect(index.idf("商标")).toBeGreaterThan(index.idf("备案"));
  });

  it("finds nothing for unknown terms", () => {
    expect(index.search(["天气"], 3)).toEqual([]);
  });

  it("ranks the same after taking the passages' own id strings (an id it does not know keeps its own)", () => {
    const before = index.search(["备案", "商标"], 3);
    index.shareIds(new Map([["a", "a"], ["c", "c"]]));
    expect(index.search(["备案", "商标"], 3)).toEqual(before);
  });
});

describe("reciprocalRankFusion", () => {
  it("rewards items ranked well by both lists", () => {
    const fused = reciprocalRankFusion([
      [{ id: "x", score: 9 }, { id: "y", score: 5 }, { id: "z", score: 1 }],
      [{ id: "y", score: 0.9 }, { id: "z", score: 0.8 }],
    ]);
    expect(fused.map((f) => f.id)).toEqual(["y", "z", "x"]);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });

  it("keeps each ranking's own score beside the fused one (fuseRankings), in the same order", () => {
    const rankings = [
      [{ id: "x", score: 9 }, { id: "y", score: 5 }],
      [{ id: "y", score: 0.9 }, { id: "z", score: 0.8 }],
    ];
    const fused = fuseRankings(rankings);
    expect(fused.map(({ id, score }) => ({ id, score }))).toEqual(reciprocalRankFusion(rankings));
    expect(fused.map((f) => [f.id, ...f.own])).toEqual([["y", 5, 0.9], ["x", 9, undefined], ["z", undefined, 0.8]]);
  });
});

/** The Map-based BM25 the typed arrays replaced: the same scores and the same order, ties included. */
function referenceSearch(documents: string[][], query: string[], k: number) {
  const postings = new Map<string, Map<number, number>>();
  documents.forEach((tokens, doc) => {
    for (const t of tokens) {
      const p = postings.get(t) ?? new Map<number, number>();
      p.set(doc, (p.get(doc) ?? 0) + 1);
      postings.set(t, p);
    }
  });
  const average = documents.reduce((s, d) => s + d.length, 0) / documents.length;
  const scores = new Map<number, number>();
  for (const t of new Set(query)) {
    const p = postings.get(t);
    if (!p) continue;
    const idf = Math.log(1 + (documents.length - p.size + 0.5) / (p.size + 0.5));
    for (const [doc, tf] of p) {
      const norm = 1.2 * (1 - 0.75 + (0.75 * documents[doc]!.length) / average);
      scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * 2.2) / (tf + norm));
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1]).slice(0, k).map(([doc, score]) => ({ id: `d${doc}`, score }));
}

describe("Bm25Index on typed arrays", () => {
  it("ranks exactly as the Map-based index it replaced", () => {
    const word = fc.constantFrom("医保", "备案", "异地就医", "专利", "商标", "失业金", "条件", "哪里");
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), (documents, query, k) => {
        const index = new Bm25Index();
        documents.forEach((tokens, i) => index.add(`d${i}`, tokens));
        if (documents.length % 2 === 0) index.compact(); // searched from the typed arrays or from the pending lists
        expect(index.search(query, k)).toEqual(referenceSearch(documents, query, k));
      }),
    );
  });
});

describe("Bm25Index.remove", () => {
  it("scores as an index built without the removed documents", () => {
    const word = fc.constantFrom("医保", "备案", "异地就医", "专利", "商标", "失业金", "条件", "哪里");
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 2, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 7 }), (documents, query, every) => {
        const index = new Bm25Index();
        documents.forEach((tokens, i) => index.add(`d${i}`, tokens));
        const gone = new Set(documents.map((_, i) => `d${i}`).filter((_, i) => i % every === 0));
        index.remove(gone);
        const fresh = new Bm25Index();
        documents.forEach((tokens, i) => !gone.has(`d${i}`) && fresh.add(`d${i}`, tokens));
        const scored = (hits: { id: string; score: number }[]) => hits.map((h) => `${h.id} ${h.score.toFixed(9)}`).sort();
        expect(index.size).toBe(documents.length - gone.size);
        expect(scored(index.search(query, 40))).toEqual(scored(fresh.search(query, 40)));
        for (const hit of index.search(query, 40)) expect(gone.has(hit.id)).toBe(false);
      }),
    );
  });
});
