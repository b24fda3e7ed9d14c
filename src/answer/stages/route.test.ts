import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { ARTICLE_DOMAIN_COVERAGE, matchesAnArticle } from "./route.js";

function candidate(coverage: number, imported: boolean): Candidate {
  const passage: Passage = {
    id: `${imported}-${coverage}`, docId: "d", title: "t", heading: imported ? "第二十五条" : "网购能退货吗", topic: "enterprise",
    audience: "both", issuer: "全国人民代表大会常务委员会", effective: "2014-03-15", region: "全国", status: "current", body: "b",
    phrasings: imported ? [] : ["问法"], file: "f.md", ...(imported ? { origin: "imported" as const } : {}),
  };
  const features = { fusion: 0, coverage, questionCoverage: 0, phrasingMatch: 0, bigramCoverage: 0, vector: 0, keyword: 0, questionKeyword: 0, sectionClassifier: 0 };
  return { passage, score: 0.5, vectorScore: 0, coverage, questionCoverage: coverage, classifierProbability: 0, features };
}

describe("matchesAnArticle (an imported law widens the domain)", () => {
  const enough = ARTICLE_DOMAIN_COVERAGE + 0.05;
  it("is true when one of the three best candidates is an article holding enough of the question's words", () => {
    expect(matchesAnArticle([candidate(0.9, false), candidate(0.1, true), candidate(enough, true)])).toBe(true);
  });

  it("is false for a curated section however well it matches, a weak article, or an article below the third place", () => {
    expect(matchesAnArticle([candidate(0.9, false)])).toBe(false);
    expect(matchesAnArticle([candidate(ARTICLE_DOMAIN_COVERAGE - 0.05, true)])).toBe(false);
    expect(matchesAnArticle([candidate(0.9, false), candidate(0.9, false), candidate(0.9, false), candidate(0.9, true)])).toBe(false);
  });
});
