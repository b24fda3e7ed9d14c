import { Document } from "@langchain/core/documents";
import { FakeEmbeddings } from "@langchain/core/utils/testing";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { ExactVectors } from "./exact-vectors.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";

/** Sparse random vectors like the hashed TF-IDF ones: a few non-zero dimensions each. */
function sparseVectors(count: number, dimensions: number, seed = 3): number[][] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => {
    const v = new Array<number>(dimensions).fill(0);
    for (let i = 0; i < 6; i += 1) v[Math.floor(random() * dimensions)] = random() - 0.3;
    return v;
  });
}

const cosine = (a: number[], b: number[]) => {
  const dot = a.reduce((s, v, i) => s + v * b[i]!, 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
};

describe("ExactVectors", () => {
  it("returns the k most similar vectors, best first, with their cosine similarity", () => {
    const vectors = sparseVectors(300, 64);
    const exact = new ExactVectors(64);
    vectors.forEach((v) => exact.add(v));
    const query = sparseVectors(1, 64, 99)[0]!;
    const { labels, scores } = exact.search(query, 10);
    const brute = vectors.map((v, label) => ({ label, score: cosine(v, query) })).sort((a, b) => b.score - a.score).slice(0, 10);
    expect(labels).toEqual(brute.map((b) => b.label));
    scores.forEach((s, i) => expect(s).toBeCloseTo(brute[i]!.score, 6));
  });

  it("reads the vectors of a saved HNSW index and finds what brute force finds", async () => {
    const vectors = sparseVectors(200, 32, 5);
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 32 });
    await store.addVectors(vectors, vectors.map((_, i) => new Document({ pageContent: String(i), metadata: { passageId: i } })));
    const dir = tempDir();
    await store.save(dir);
    const exact = ExactVectors.fromHnswFile(fs.readFileSync(path.join(dir, "vectors.hnsw")), 32);
    expect(exact.size).toBe(200);
    const query = sparseVectors(1, 32, 42)[0]!;
    const brute = vectors.map((v, label) => ({ label, score: cosine(v, query) })).sort((a, b) => b.score - a.score).slice(0, 15);
    expect(exact.search(query, 15).labels).toEqual(brute.map((b) => b.label));
    // The store answers from the exact index too, with the same documents.
    const hits = await (await HnswVectorStore.open(dir, new FakeEmbeddings(), { dimensions: 32 })).similaritySearchVectorWithScore(query, 15);
    expect(hits.map(([d]) => d.metadata.passageId)).toEqual(brute.map((b) => String(b.label)));
  });

  it("gives every one of many searches the brute-force answer (nothing carries over), equal scores by lower label", async () => {
    // Duplicates make ties: vectors 0–39 again as 40–79.
    const distinct = sparseVectors(40, 16, 11);
    const vectors = [...distinct, ...distinct];
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 16 });
    await store.addVectors(vectors, vectors.map((_, i) => new Document({ pageContent: String(i), metadata: { passageId: i } })));
    const dir = tempDir();
    await store.save(dir);
    const exact = ExactVectors.fromHnswFile(fs.readFileSync(path.join(dir, "vectors.hnsw")), 16);
    for (const [i, query] of sparseVectors(30, 16, 123).entries()) {
      const k = 1 + (i % 25);
      const brute = vectors.map((v) => cosine(v, query)).sort((a, b) => b - a).slice(0, k);
      const { labels, scores } = exact.search(query, k);
      scores.forEach((score, j) => expect(score).toBeCloseTo(brute[j]!, 5));
      // A copy (label ≥ 40) ties with its original, which has the lower label and so comes first.
      labels.forEach((label, j) => label >= 40 && expect(labels.slice(0, j)).toContain(label - 40));
    }
  });

  it("skips the vectors of removed passages in exact search", async () => {
    const vectors = sparseVectors(60, 16, 5);
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 16 });
    await store.addVectors(vectors, vectors.map((_, i) => new Document({ pageContent: String(i), metadata: { passageId: i } })));
    const query = vectors[7]!;
    expect((await store.similaritySearchVectorWithScore(query, 1))[0]![0].metadata.passageId).toBe("7");
    store.removePassages(new Set(["7"]));
    const hits = await store.similaritySearchVectorWithScore(query, 10);
    expect(hits).toHaveLength(10);
    expect(hits.map(([d]) => d.metadata.passageId)).not.toContain("7");
  });

  it("adds vectors to a reopened store, and both exact search and the graph find them", async () => {
    const vectors = sparseVectors(50, 16, 8);
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 16 });
    await store.addVectors(vectors, vectors.map((_, i) => new Document({ pageContent: String(i), metadata: { passageId: i } })));
    const dir = tempDir();
    await store.save(dir);
    const reopened = await HnswVectorStore.open(dir, new FakeEmbeddings(), { dimensions: 16 });
    const added = sparseVectors(1, 16, 77)[0]!;
    await reopened.addVectors([added], [new Document({ pageContent: "faq", metadata: { passageId: "faq" } })]);
    expect((await reopened.similaritySearchVectorWithScore(added, 1))[0]![0].metadata.passageId).toBe("faq");
    reopened.setEfSearch(64); // from now on the graph answers
    expect((await reopened.similaritySearchVectorWithScore(added, 1))[0]![0].metadata.passageId).toBe("faq");
    expect(reopened.entry(50).vector).toHaveLength(16);
  });

  it("asks for no more than it holds", () => {
    const exact = new ExactVectors(8);
    exact.add([1, 0, 0, 0, 0, 0, 0, 0]);
    exact.add([0, 1, 0, 0, 0, 0, 0, 0]);
    expect(exact.search([1, 0.5, 0, 0, 0, 0, 0, 0], 5).labels).toEqual([0, 1]);
  });
});
