import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { articleIndex, lookupArticle } from "./article-lookup.js";
import { bestBasisArticle, RELATED_MARGIN } from "./basis-article.js";

function article(law: string, number: number, heading: string, body: string): Passage {
  return {
    id: `${law}#${number}`, docId: law, title: `中华人民共和国${law}`, heading, topic: "ip", audience: "both", issuer: "全国人民代表大会常务委员会",
    effective: "2020-01-01", region: "全国", status: "current", body, phrasings: [], file: `${law}.md`, origin: "imported",
    article: { law, number, path: [`《中华人民共和国${law}》`, heading] },
  };
}

const fee = article("专利法", 43, "第四十三条", "专利权人应当自被授予专利权的当年开始缴纳年费。");
const ends = article("专利法", 44, "第四十四条", "有下列情形之一的，专利权在期限届满前终止：（一）没有按照规定缴纳年费的；");
const rules = article("专利法实施细则", 43, "第四十三条", "依照专利法第四十二条的规定……");

const section = (basis: string): Passage => ({
  id: "guide#1", docId: "guide", title: "专利", heading: "专利年费怎么交，不交会怎样", topic: "ip", audience: "both", issuer: "国家知识产权局",
  source: "中华人民共和国专利法（2020年修正）", effective: "2021-06-01", region: "全国", status: "current", basis, body: "…", phrasings: ["问法"], file: "g.md",
});

describe("bestBasisArticle", () => {
  const index = articleIndex([fee, ends, rules]);

  it("picks, of the articles a section's 依据 names, the one matching the question best", () => {
    const match = (p: Passage) => (p.body.includes("终止") ? 0.6 : 0.4);
    expect(bestBasisArticle(index, section("第四十三条、第四十四条"), match)?.article.heading).toBe("第四十四条");
  });

  it("keeps the first named on a tie, and finds nothing for an imported section", () => {
    expect(bestBasisArticle(index, section("第四十三条、第四十四条"), () => 0.5)).toMatchObject({ article: fee, named: true });
    expect(bestBasisArticle(index, fee, () => 1)).toBeUndefined();
  });

  it("turns to another article of a named article's law only when it holds the question by a clear lead (RELATED_MARGIN)", () => {
    const clear = bestBasisArticle(index, section("第四十三条"), (p) => (p === ends ? 0.4 + RELATED_MARGIN + 0.05 : p === fee ? 0.4 : 0.99));
    // Not the other law's article, however well it matches: only the named article's own law.
    expect(clear).toMatchObject({ article: ends, named: false, related: true });
    const close = bestBasisArticle(index, section("第四十三条"), (p) => (p === ends ? 0.4 + RELATED_MARGIN - 0.05 : 0.4));
    expect(close).toMatchObject({ article: fee, named: true });
    expect(close?.related).toBeUndefined();
  });

  it("without a 依据, looks among all articles of the law the section's source names (not a longer law's)", () => {
    const found = bestBasisArticle(index, { ...section(""), basis: undefined }, (p) => (p === ends ? 0.7 : p === rules ? 0.9 : 0.1));
    expect(found).toMatchObject({ article: ends, named: false });
    expect(bestBasisArticle(index, { ...section(""), basis: undefined, source: "某某条例" }, () => 1)).toBeUndefined();
  });
});

describe("bestBasisArticle, asked again for the same section (its articles are looked up once per index)", () => {
  it("gives what a first call gives, whatever the question's match and the articles allowed", () => {
    const index = articleIndex([fee, ends, rules]);
    const named = section("第四十三条、第四十四条");
    const unnamed = { ...section(""), basis: undefined };
    for (let round = 0; round < 2; round += 1) {
      expect(bestBasisArticle(index, named, (p) => (p === fee ? 0.9 : 0.1))).toMatchObject({ article: fee, named: true });
      expect(bestBasisArticle(index, named, (p) => (p === fee ? 0.1 : 0.9))).toMatchObject({ article: ends, named: true });
      // Neither named article allowed: the source law's articles are read instead.
      expect(bestBasisArticle(index, named, () => 1, (p) => p !== fee && p !== ends)).toBeUndefined();
      expect(bestBasisArticle(index, unnamed, (p) => (p === fee ? 0.9 : 0.1))).toMatchObject({ article: fee, named: false });
      expect(bestBasisArticle(index, unnamed, () => 1, (p) => p !== fee)).toMatchObject({ article: ends, named: false });
    }
  });

  it("asks each article with the floor it must beat, and a match that answers low below the floor chooses the same", () => {
    const index = articleIndex([fee, ends, rules]);
    const scores = new Map([[fee, 0.3], [ends, 0.9], [rules, 0.5]]);
    const exact = (p: Passage) => scores.get(p) ?? 0;
    const floors: (number | undefined)[] = [];
    // Answers -1 for a score below the floor, as basis-match.ts may (any number below it).
    const lazy = (p: Passage, floor?: number) => {
      floors.push(floor);
      return floor !== undefined && exact(p) < floor ? -1 : exact(p);
    };
    for (const basis of ["第四十三条、第四十四条", "第四十四条、第四十三条", "第四十三条"]) {
      expect(bestBasisArticle(index, section(basis), lazy)).toEqual(bestBasisArticle(index, section(basis), exact));
    }
    const unnamed = { ...section(""), basis: undefined };
    expect(bestBasisArticle(index, unnamed, lazy)).toEqual(bestBasisArticle(index, unnamed, exact));
    // In each of the four calls the first article measured has nothing to beat; the others the best so far (or the 另见 margin above it).
    expect(floors.filter((floor) => floor === undefined)).toHaveLength(4);
    expect(floors).toContain(0.3 + RELATED_MARGIN);
  });

  it("reads a new index's articles, not the last index's", () => {
    const named = section("第四十三条、第四十四条");
    expect(bestBasisArticle(articleIndex([fee]), named, () => 1)?.article).toBe(fee);
    expect(bestBasisArticle(articleIndex([ends]), named, () => 1)?.article).toBe(ends);
    expect(bestBasisArticle(articleIndex([rules]), named, () => 1)).toBeUndefined();
  });
});

describe("lookupArticle", () => {
  it("takes the law whose name the question ends with, not a longer one holding it (专利法 in 专利法实施细则)", () => {
    expect(lookupArticle([fee, rules], "中华人民共和国专利法第43条", [])).toEqual([fee]);
    expect(lookupArticle([fee, rules], "专利法实施细则第43条", [])).toEqual([rules]);
    // A document not loaded whose name holds a loaded law's (the law's 实施条例) finds nothing, not the law's article.
    expect(lookupArticle([fee], "中华人民共和国专利法实施细则第43条", [])).toEqual([]);
    expect(lookupArticle([fee], "请问专利法第43条", [])).toEqual([fee]);
  });

  it("of two laws a name ends with, takes the longer (高等教育法, not 教育法)", () => {
    const higher = article("高等教育法", 58, "第五十八条", "高等学校的学生思想品德合格……准予毕业。");
    const general = article("教育法", 58, "第五十八条", "国家采取措施促进教育投入的增长……");
    expect(lookupArticle([general, higher], "《中华人民共和国高等教育法》第58条", [])).toEqual([higher]);
    expect(lookupArticle([general, higher], "《教育法》第58条", [])).toEqual([general]);
    const index = articleIndex([general, higher]);
    const onHigher = { ...section(""), basis: undefined, source: "中华人民共和国高等教育法" };
    expect(bestBasisArticle(index, onHigher, (p) => (p === general ? 0.9 : 0.1))).toMatchObject({ article: higher, named: false });
    expect(bestBasisArticle(index, { ...onHigher, basis: "第五十八条" }, (p) => (p === general ? 0.9 : 0.1))?.article).toBe(higher);
  });
});
