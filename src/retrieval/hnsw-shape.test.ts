import hnswlib from "hnswlib-node";
import { describe, expect, it } from "vitest";
import { EXACT_BELOW } from "./exact-vectors.js";
import { LARGE_FROM, efFor, graphShapeFor } from "./hnsw-vector-store.js";

/** A deterministic generator (mulberry32), so the test's vectors are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

const unit = (v: number[]) => {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};

/**
 * Like the scale base: sections in many near-copies (200 directions, 15 copies each a little apart), questions
 * near a section. Recall@10 of a graph against exact search, a hit being one of the exact 10.
 */
function recallAt10(m: number, efConstruction: number, ef: number): number {
  const next = random(7);
  const dimensions = 24;
  const centres = Array.from({ length: 200 }, () => Array.from({ length: dimensions }, next));
  const vectors = centres.flatMap((c) => Array.from({ length: 15 }, () => unit(c.map((x) => x + next() * 0.08))));
  const queries = Array.from({ length: 60 }, (_, i) => unit(centres[(i * 37) % centres.length]!.map((x) => x + next() * 0.1)));
  const graph = new hnswlib.HierarchicalNSW("cosine", dimensions);
  graph.initIndex(vectors.length, m, efConstruction, 100);
  vectors.forEach((v, label) => graph.addPoint(v, label));
  graph.setEf(ef);
  let hits = 0;
  for (const q of queries) {
    const dots = vectors.map((v, label) => ({ label, dot: v.reduce((s, x, d) => s + x * q[d]!, 0) })).sort((a, b) => b.dot - a.dot);
    const exact = new Set(dots.slice(0, 10).map((d) => d.label));
    hits += graph.searchKnn(q, 10).neighbors.filter((label) => exact.has(label)).length;
  }
  return hits / (queries.length * 10);
}

describe("the graph's shape and breadth by size", () => {
  it("keeps small bases as they were and searches large ones wider", () => {
    expect([efFor(EXACT_BELOW - 1), efFor(EXACT_BELOW), efFor(LARGE_FROM - 1), efFor(LARGE_FROM)]).toEqual([64, 256, 256, 1536]);
    expect(graphShapeFor(EXACT_BELOW - 1)).toEqual({ m: 16, efConstruction: 200 });
    expect(graphShapeFor(LARGE_FROM)).toEqual({ m: 32, efConstruction: 64 });
  });

  it("finds near-copies a sparse, narrow graph misses, in the graph and at the breadth of a large base", () => {
    const { m, efConstruction } = graphShapeFor(LARGE_FROM);
    expect(recallAt10(4, 8, 10)).toBeLessThan(0.9); // the base is hard enough to tell the settings apart
    expect(recallAt10(m, efConstruction, efFor(LARGE_FROM))).toBeGreaterThanOrEqual(0.99);
  });
});
