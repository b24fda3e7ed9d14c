import { describe, expect, it } from "vitest";
import { Bm25Index } from "./bm25.js";
import { reciprocalRankFusion } from "./fusion.js";

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
});
