import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "./hybrid-retriever.js";
import { LOCAL_RATIO, localFirst, NATIONAL_RATIO, nationalFirst } from "./local-first.js";

function candidate(id: string, score: number, region = "全国"): Candidate {
  const passage: Passage = {
    id, docId: id, title: "t", heading: id, topic: "medical-insurance", audience: "both", issuer: "i",
    effective: "2020-01-01", region, status: "current", body: id, phrasings: [], file: "f.md",
  };
  const features = { fusion: 0, coverage: 0, questionCoverage: 0, phrasingMatch: 0, bigramCoverage: 0, vector: 0, keyword: 0, questionKeyword: 0, sectionClassifier: 0 };
  return { passage, score, vectorScore: 0, coverage: 0, questionCoverage: 0, classifierProbability: 0, features };
}

const ids = (ranked: Candidate[]) => ranked.map((c) => c.passage.id);

describe("localFirst", () => {
  const ranked = [candidate("national", 1), candidate("other", 0.6), candidate("local", 0.5, "示范市")];

  it("puts the applicable region's best section first, with the top score, when it scores enough of the national one", () => {
    const out = localFirst(ranked, ["示范市"]);
    expect(ids(out)).toEqual(["local", "national", "other"]);
    expect(out[0]!.score).toBe(1);
  });

  it("leaves the order alone without an applicable region, or when the local section scores too little", () => {
    expect(ids(localFirst(ranked, []))).toEqual(["national", "other", "local"]);
    expect(ids(localFirst(ranked, ["别的市"]))).toEqual(["national", "other", "local"]);
    const weak = [candidate("national", 1), candidate("local", LOCAL_RATIO - 0.01, "示范市")];
    expect(ids(localFirst(weak, ["示范市"]))).toEqual(["national", "local"]);
  });

  it("keeps a local section that is already first where it is", () => {
    const first = [candidate("local", 0.9, "示范市"), candidate("national", 1)];
    expect(localFirst(first, ["示范市"])).toBe(first);
  });
});

describe("nationalFirst (no region applies)", () => {
  it("puts a national section first over a region's when it scores enough of it, with the top score", () => {
    const ranked = [candidate("local", 1, "示范市"), candidate("other", 0.7, "别的市"), candidate("national", NATIONAL_RATIO + 0.01)];
    const out = nationalFirst(ranked);
    expect(ids(out)).toEqual(["national", "local", "other"]);
    expect(out[0]!.score).toBe(1);
  });

  it("leaves a region's section first when no national one comes close: it covers what they do not", () => {
    const ranked = [candidate("local", 1, "示范市"), candidate("national", NATIONAL_RATIO - 0.01)];
    expect(nationalFirst(ranked)).toBe(ranked);
    const first = [candidate("national", 0.9), candidate("local", 1, "示范市")];
    expect(nationalFirst(first)).toBe(first);
  });
});
