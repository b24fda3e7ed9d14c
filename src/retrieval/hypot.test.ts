import { describe, expect, it } from "vitest";
import { hypotOf } from "./hypot.js";

/** A sparse vector like a hashed TF-IDF query: a few non-zero values of very different sizes. */
function sparseVector(length: number, seed: number): number[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vector = new Array<number>(length).fill(0);
  for (let k = 0; k < 1 + Math.floor(random() * Math.min(length, 200)); k += 1) {
    vector[Math.floor(random() * length)]! += (random() - 0.5) * Math.exp((random() - 0.5) * 20);
  }
  return vector;
}

describe("hypotOf", () => {
  it("gives Math.hypot's result to the last bit", () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const vector = sparseVector([1024, 256, 7, 1][seed % 4]!, seed);
      expect(Object.is(hypotOf(vector), Math.hypot(...vector))).toBe(true);
      expect(Object.is(hypotOf(Float64Array.from(vector)), Math.hypot(...vector))).toBe(true);
    }
  });

  it("follows Math.hypot on empty, zero, NaN and infinite values", () => {
    for (const values of [[], [0, -0], [Number.NaN, 1], [Number.NaN, Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY, 2], [3, 4]]) {
      expect(Object.is(hypotOf(values), Math.hypot(...values))).toBe(true);
    }
  });
});
