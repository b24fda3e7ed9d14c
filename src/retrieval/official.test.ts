import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "./hybrid-retriever.js";
import { articlesInOrder, basisArticles, mostSpecificWords, officialFirst } from "./official.js";

function candidate(id: string, score: number, imported: boolean): Candidate {
  const passage: Passage = {
    id, docId: imported ? "law" : "guide", title: "t", heading: id, topic: "enterprise", audience: "both", issuer: "国务院",
    effective: "2020-01-01", region: "全国", status: "current", body: id, phrasings: imported ? [] : ["问法"], file: "f.md",
    ...(imported ? { origin: "imported" as const } : {}),
  };
  const features = { fusion: 0, coverage: 0, questionCoverage: 0, phrasingMatch: 0, bigramCoverage: 0, vector: 0, keyword: 0, questionKeyword: 0, sectionClassifier: 0 };
  return { passage, score, vectorScore: 0, coverage: 0, questionCoverage: 0, classifierProbability: 0, features };
}

describe("articlesInOrder", () => {
  it("re-orders only the articles, each taking the place and score of the one it replaces", () => {
    const ranked = [candidate("section", 0.9, false), candidate("第三条", 0.8, true), candidate("guide2", 0.7, false), candidate("第九条", 0.2, true)];
    const register = new Map([["第三条", 0.5], ["第九条", 0.95]]);
    const out = articlesInOrder(ranked, (c) => register.get(c.passage.id) ?? 0);
    expect(out.map((c) => c.passage.id)).toEqual(["section", "第九条", "guide2", "第三条"]);
    expect(out.map((c) => c.score)).toEqual([0.9, 0.8, 0.7, 0.2]);
  });

  it("then lets officialFirst weigh the chosen article against the curated section on the place's score", () => {
    const ranked = [candidate("section", 0.9, false), candidate("第三条", 0.3, true), candidate("第九条", 0.1, true)];
    const out = officialFirst(articlesInOrder(ranked, (c) => (c.passage.id === "第九条" ? 1 : 0)), 0.5);
    // 0.3 is below half of 0.9: the section stays first, and the article next to it is the register's choice.
    expect(out.map((c) => c.passage.id)).toEqual(["section", "第九条", "第三条"]);
  });
});

describe("basisArticles", () => {
  const article = (effective: string): Passage => ({
    id: `law#18#${effective}`, docId: "law", title: "企业信息公示暂行条例", heading: "第十八条", topic: "enterprise", audience: "both", issuer: "国务院",
    effective, region: "全国", status: "current", body: "…", phrasings: [], file: "law.md", origin: "imported",
    article: { law: "企业信息公示暂行条例", number: 18, path: ["《企业信息公示暂行条例》", "第十八条"] },
  });
  const section = (amendedBy?: string): Passage => ({
    id: "guide#1", docId: "guide", title: "企业年报", heading: "没按时年报会有什么后果", topic: "enterprise", audience: "enterprise", issuer: "国务院",
    source: "企业信息公示暂行条例（2024年修订）", effective: "2024-05-01", region: "全国", status: "amended", basis: "第十八条", body: "…", phrasings: ["问法"], file: "g.md",
    ...(amendedBy ? { amendedBy } : {}),
  });

  it("links a section to the article its 依据 names", () => {
    expect(basisArticles([article("2024-05-01")], section("国务院令第777号")).map((p) => p.heading)).toEqual(["第十八条"]);
    expect(basisArticles([article("2014-10-01")], section()).map((p) => p.heading)).toEqual(["第十八条"]);
  });

  it("reads a bare article number after a named law as that law's (《居住证暂行条例》第二条、第九条), not the section's source", () => {
    const of = (law: string, number: number, heading: string): Passage => ({
      ...article("2016-01-01"), id: `${law}#${number}`, docId: law, title: law, heading, article: { law, number, path: [`《${law}》`, heading] },
    });
    const permit = [of("居住证暂行条例", 2, "第二条"), of("居住证暂行条例", 9, "第九条")];
    const own = of("企业信息公示暂行条例", 9, "第九条");
    const citing = { ...section(), basis: "第十八条；《居住证暂行条例》第二条、第九条" };
    expect(basisArticles([article("2014-10-01"), ...permit, own], citing).map((p) => p.id)).toEqual([
      "law#18#2014-10-01", "居住证暂行条例#2", "居住证暂行条例#9",
    ]);
  });

  it("does not link a section written from an amendment to a text loaded from before it", () => {
    expect(basisArticles([article("2014-10-01")], section("国务院令第777号"))).toEqual([]);
  });

  it("reads a document resting on several texts (…条例；…法) as naming its own provisions after the first", () => {
    const leave: Passage = {
      ...article("2008-01-01"), id: "leave#3", docId: "leave", title: "职工带薪年休假条例", heading: "第三条",
      article: { law: "职工带薪年休假条例", number: 3, path: ["《职工带薪年休假条例》", "第三条"] },
    };
    const days = { ...section(), source: "职工带薪年休假条例；中华人民共和国劳动法（2018年修正）", basis: "第三条" };
    expect(basisArticles([leave], days).map((p) => p.id)).toEqual(["leave#3"]);
  });

  it("does not take a longer-named law ending with the one named (学前教育法 for 《教育法》) for it", () => {
    const preschool: Passage = {
      ...article("2025-06-01"), id: "preschool#79", docId: "preschool", title: "中华人民共和国学前教育法", heading: "第七十九条",
      article: { law: "学前教育法", number: 79, path: ["《中华人民共和国学前教育法》", "第七十九条"] },
    };
    const cheating = { ...section(), source: "国家教育考试违规处理办法", basis: "《教育法》第七十九条" };
    expect(basisArticles([preschool], cheating)).toEqual([]);
    expect(basisArticles([preschool], { ...cheating, basis: "《学前教育法》第七十九条" }).map((p) => p.id)).toEqual(["preschool#79"]);
  });
});

describe("mostSpecificWords", () => {
  const idf = (word: string) => ({ 喝醉酒: 9, 醉酒: 7, 受伤: 5, 工伤: 3, 上班: 2 })[word] ?? 0;

  it("are the rarest words of the question that some candidate holds, not a colloquial word no passage uses", () => {
    const texts = ["因醉酒导致伤亡的，不认定为工伤", "上班途中受伤认定为工伤"];
    expect(mostSpecificWords(["上班", "喝醉酒", "醉酒", "受伤", "工伤"], idf, texts)).toEqual(["醉酒", "受伤"]);
    expect(mostSpecificWords(["喝醉酒"], idf, texts)).toEqual([]);
  });
});

describe("officialFirst with key words", () => {
  it("puts first an article holding more of the question's key words than the top section, at a lower share", () => {
    const ranked = [candidate("section", 0.9, false), candidate("第三十七条", 0.3, true), candidate("第三十六条", 0.35, true)];
    const held = (c: Candidate) => ({ section: 1, 第三十七条: 2, 第三十六条: 1 })[c.passage.id] ?? 0;
    expect(officialFirst(ranked, 0.5, held).map((c) => c.passage.id)).toEqual(["第三十七条", "section", "第三十六条"]);
    // Holding as many as the section is not enough, nor is scoring under 0.3 of it.
    expect(officialFirst(ranked, 0.5, () => 1)[0]!.passage.id).toBe("section");
    expect(officialFirst([candidate("section", 1, false), candidate("第三十七条", 0.29, true)], 0.5, held)[0]!.passage.id).toBe("section");
  });

  it("leaves an article on top in place: among themselves, articles keep the register's order", () => {
    const ranked = [candidate("第五十四条", 0.9, true), candidate("第六十二条", 0.5, true)];
    const held = (c: Candidate) => (c.passage.id === "第六十二条" ? 2 : 0);
    expect(officialFirst(ranked, 0.5, held).map((c) => c.passage.id)).toEqual(["第五十四条", "第六十二条"]);
  });
});
