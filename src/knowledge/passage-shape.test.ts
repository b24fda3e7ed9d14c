import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./load-knowledge.js";
import { withEveryField } from "./passage-shape.js";

describe("withEveryField", () => {
  const { passages } = loadKnowledge("knowledge", { lexiconDir: "knowledge/lexicon" });

  it("gives every bundled passage the same fields in the same order", () => {
    expect(new Set(passages.map((p) => Object.keys(p).join())).size).toBe(1);
  });

  it("keeps each passage's values and JSON, whether its absent fields were dropped (the start-up cache) or undefined (a fresh parse)", () => {
    for (const passage of passages) {
      const sparse = JSON.parse(JSON.stringify(passage)) as typeof passage; // absent fields dropped
      expect(withEveryField(sparse)).toEqual(sparse);
      expect(JSON.stringify(withEveryField(sparse))).toBe(JSON.stringify(sparse));
      expect(JSON.stringify(passage)).toBe(JSON.stringify(sparse));
    }
  });

  it("keeps a field it does not know, after the others", () => {
    const extra = { ...JSON.parse(JSON.stringify(passages[0])), extra: 1 };
    expect(Object.keys(withEveryField(extra)).at(-1)).toBe("extra");
    expect(withEveryField(extra)).toEqual(extra);
  });
});
