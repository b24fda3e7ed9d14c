import { describe, expect, it } from "vitest";
import { clusterBySimilarity, cosine, fromDense } from "./similarity.js";

describe("clusterBySimilarity", () => {
  it("joins a vector to the closest group above the threshold and picks the member nearest the centre", () => {
    const items = [
      { item: "a1", vector: fromDense([1, 0.2, 0]) },
      { item: "b1", vector: fromDense([0, 1, 0]) },
      { item: "a2", vector: fromDense([1, 0, 0]) },
      { item: "a3", vector: fromDense([1, -0.2, 0]) },
      { item: "c1", vector: fromDense([0, 0, 1]) },
    ];
    const clusters = clusterBySimilarity(items, 0.8);
    expect(clusters.map((c) => c.members)).toEqual([["a1", "a2", "a3"], ["b1"], ["c1"]]);
    expect(clusters[0]!.representative).toBe("a2");
  });

  it("keeps a vector below the threshold out of every group", () => {
    const clusters = clusterBySimilarity([{ item: 1, vector: fromDense([1, 0]) }, { item: 2, vector: fromDense([0.6, 0.8]) }], 0.61);
    expect(clusters).toHaveLength(2);
  });

  it("cosine is 0 for an empty vector instead of NaN", () => {
    expect(cosine(fromDense([0, 0]), fromDense([1, 0]))).toBe(0);
    expect(cosine(fromDense([1, 1]), fromDense([2, 2]))).toBeCloseTo(1);
  });
});
