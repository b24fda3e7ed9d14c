import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { denseTopK } from "./dense-top-k.js";

describe("denseTopK", () => {
  it("is a stable sort by score (ties by key, then dropped zeros) cut to k", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0, 1, 2, 2.5, 3, 7), { maxLength: 80 }), fc.integer({ min: 0, max: 30 }), fc.nat(5), (values, k, shift) => {
        const scores = Float64Array.from(values);
        const key = (p: number) => (p * 7 + shift) % 11; // a caller's order, not the positions'
        const expected = [...values.keys()].filter((p) => values[p]! > 0).sort((a, b) => values[b]! - values[a]! || key(a) - key(b) || a - b).slice(0, k);
        const got = denseTopK(scores, scores.length, k, (p) => key(p) * 1000 + p);
        expect(got.positions).toEqual(expected);
        expect(got.scores).toEqual(expected.map((p) => values[p]));
      }),
      { numRuns: 500 },
    );
  });
});
