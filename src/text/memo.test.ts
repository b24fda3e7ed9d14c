import { describe, expect, it } from "vitest";
import { memoize } from "./memo.js";

describe("memoize", () => {
  it("computes a text once while it is among the last few", () => {
    const calls: string[] = [];
    const upper = memoize((text) => (calls.push(text), text.toUpperCase()), 2);
    expect([upper("a"), upper("a"), upper("b"), upper("a")]).toEqual(["A", "A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("forgets the least recently used text beyond its size", () => {
    const calls: string[] = [];
    const length = memoize((text) => (calls.push(text), text.length), 2);
    for (const text of ["a", "bb", "a", "ccc", "bb", "a"]) length(text);
    // "a" was used again before "ccc" came, so "bb" went first; then "a" went when "bb" came back.
    expect(calls).toEqual(["a", "bb", "ccc", "bb", "a"]);
  });
});
