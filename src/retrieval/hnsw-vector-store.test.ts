import fs from "node:fs";
import { Document } from "@langchain/core/documents";
import { FakeEmbeddings } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";

const unit = (values: number[]) => {
  const norm = Math.hypot(...values);
  return values.map((v) => v / norm);
};

describe("HnswVectorStore", () => {
  const vectors = [unit([1, 0, 0, 0]), unit([0, 1, 0, 0]), unit([1, 1, 0, 0]), unit([0, 0, 1, 1])];
  const docs = ["a", "b", "ab", "cd"].map((id) => new Document({ id, pageContent: id, metadata: { passageId: id } }));

  it("returns nearest neighbours with cosine similarity", async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors(vectors, docs);
    const hits = await store.similaritySearchVectorWithScore(unit([1, 0.1, 0, 0]), 2);
    expect(hits.map(([d]) => d.metadata.passageId)).toEqual(["a", "ab"]);
    expect(hits[0]![1]).toBeGreaterThan(0.99);
  });

  it("gives each passage's best score among the nearest vectors, as the documents' search does, removed passages left out", async () => {
    // Two vectors per passage: p1 and p2 near the x axis, p3 far from it; p2 is then removed.
    const many = [unit([1, 0, 0, 0]), unit([1, 0.5, 0, 0]), unit([1, 0.2, 0, 0]), unit([1, 1, 0, 0]), unit([0, 0, 1, 0]), unit([0.1, 0, 1, 0])];
    const owners = ["p1", "p2", "p1", "p2", "p3", "p3"];
    for (const exact of [true, false]) {
      const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4, ...(exact ? {} : { efSearch: 10 }) });
      await store.addVectors(many, owners.map((passageId) => new Document({ pageContent: passageId, metadata: { passageId } })));
      const query = unit([1, 0.3, 0.05, 0]);
      const fromDocuments = async (k: number, passages: number) => {
        const best = new Map<string, number>();
        for (const [doc, score] of await store.similaritySearchVectorWithScore(query, k)) if (!best.has(doc.metadata.passageId)) best.set(doc.metadata.passageId, score);
        return [...best].map(([id, score]) => ({ id, score })).slice(0, passages);
      };
      expect(store.passageScores(query, 6, 3).map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
      expect(store.passageScores(query, 6, 3)).toEqual(await fromDocuments(6, 3));
      expect(store.passageScores(query, 6, 2)).toEqual(await fromDocuments(6, 2));
      expect(store.passageScores(query, 3, 3)).toEqual(await fromDocuments(3, 3));
      store.removePassages(new Set(["p2"]));
      expect(store.passageScores(query, 6, 3).map((p) => p.id)).toEqual(["p1", "p3"]);
      expect(store.passageScores(query, 3, 3)).toEqual(await fromDocuments(3, 3));
      expect(store.passageScores([0, 0, 0, 0], 6, 3)).toEqual([]);
    }
  });

  it("grows past its initial capacity", async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    const many = Array.from({ length: 100 }, (_, i) => unit([1 + i, i % 3, 1, 0]));
    await store.addVectors(many, many.map((_, i) => new Document({ pageContent: String(i), metadata: { passageId: i } })));
    expect(store.size).toBe(100);
  });

  it("gives the same results after save and open", async () => {
    const dir = tempDir();
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors(vectors, docs);
    await store.save(dir);
    const reopened = await HnswVectorStore.open(dir, new FakeEmbeddings(), { dimensions: 4 });
    const query = unit([0, 0.2, 1, 0.9]);
    const before = await store.similaritySearchVectorWithScore(query, 3);
    const after = await reopened.similaritySearchVectorWithScore(query, 3);
    expect(after.map(([d, s]) => [d.metadata.passageId, s.toFixed(5)])).toEqual(before.map(([d, s]) => [d.metadata.passageId, s.toFixed(5)]));
  });

  it("finds nothing for a zero vector and rejects wrong dimensions", async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors(vectors, docs);
    expect(await store.similaritySearchVectorWithScore([0, 0, 0, 0], 2)).toEqual([]);
    await expect(store.addVectors([[1, 2]], [docs[0]!])).rejects.toThrow(/dimensions/);
  });

  it("reads the stored graph only when it is needed, from the bytes read at open, even if the folder is gone", async () => {
    const dir = tempDir();
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors(vectors, docs);
    await store.save(dir);
    const reopened = await HnswVectorStore.open(dir, new FakeEmbeddings(), { dimensions: 4 });
    fs.rmSync(dir, { recursive: true }); // a rebuild replaced the folder meanwhile
    expect((await reopened.similaritySearchVectorWithScore(unit([1, 0, 0, 0]), 1))[0]![0].metadata.passageId).toBe("a");
    await reopened.addVectors([unit([0, 0, 1, 0])], [new Document({ pageContent: "c", metadata: { passageId: "c" } })]);
    reopened.setEfSearch(10); // the graph from now on
    const hits = await reopened.similaritySearchVectorWithScore(unit([0, 0, 1, 0.2]), 2);
    expect(hits.map(([d]) => d.metadata.passageId)).toEqual(["c", "cd"]);
    expect(reopened.entry(1).vector).toHaveLength(4);
  });
});
