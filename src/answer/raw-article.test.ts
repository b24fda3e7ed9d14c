import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import type { FrameAgreement, SectionFrame, SectionFrames } from "../understanding/index.js";
import { estimateConfidence } from "./confidence.js";
import { aboutOf, ARTICLE_MIN_CONFIDENCE, answerBar, isRawArticle, keepArticleFirst, namesAnObjectAsked } from "./raw-article.js";

const passage = (id: string, raw: boolean): Passage => ({
  id, docId: raw ? "law" : "guide", title: raw ? "中华人民共和国劳动合同法" : "劳动合同常见问题", heading: raw ? "第十九条" : "试用期最长多久",
  topic: "enterprise", audience: "both", issuer: "x", effective: "2013-07-01", region: "全国", status: "current",
  origin: raw ? "imported" : "curated", body: "劳动合同期限三个月以上不满一年的，试用期不得超过一个月。", phrasings: raw ? [] : ["试用期能定多久"], file: "x.md",
  ...(raw ? { article: { law: "劳动合同法", number: 19, path: [] } } : {}),
});
const candidate = (p: Passage, score: number, strength = 0.5): Candidate => ({
  passage: p, score, vectorScore: strength * 0.5, coverage: strength, questionCoverage: strength, classifierProbability: 0,
  features: { fusion: 0, coverage: strength, questionCoverage: strength, phrasingMatch: 0, bigramCoverage: 0, vector: 0, keyword: 0, questionKeyword: 0, sectionClassifier: 0 },
});
const agreement = (objectConflict = false): FrameAgreement => ({ aspect: 0, conflict: objectConflict, objectConflict, missing: 0, form: 0 });
const frame = (about: string[], mentions: string[]): SectionFrame => ({ aspect: null, aspectSpan: null, entities: [], expects: null, headingEntities: [], forms: new Set(), about: new Set(about), mentions: new Set(mentions) });
/** Frames of a set of passages, each given its own (or the same) frame. */
const framesOf = (byId: Record<string, SectionFrame>, passages: Passage[]): SectionFrames => ({
  of: (p) => byId[p.id]!,
  covered: () => true,
  documentSections: (docId) => passages.filter((p) => p.docId === docId),
});

describe("raw articles in the pipeline", () => {
  const article = candidate(passage("a", true), 0.8);
  const curated = candidate(passage("c", false), 0.83);

  it("tells a raw article from a curated section", () => {
    expect(isRawArticle(article.passage)).toBe(true);
    expect(isRawArticle(curated.passage)).toBe(false);
  });

  it("answers a raw article on top from its own, lower bar, and a curated section from the configured one", () => {
    expect(answerBar(article.passage, 0.42)).toBe(ARTICLE_MIN_CONFIDENCE);
    expect(answerBar(curated.passage, 0.42)).toBe(0.42);
    expect(answerBar(article.passage, 0.2)).toBe(0.2);
    expect(answerBar(undefined, 0.42)).toBe(0.42);
    // An article naming none of the question's objects answers only from the configured bar.
    expect(answerBar(article.passage, 0.42, false)).toBe(0.42);
  });

  it("keeps a raw article that was first before the frame re-sort first, unless it names another object", () => {
    const resorted = [{ candidate: curated, agreement: agreement() }, { candidate: article, agreement: agreement() }];
    expect(keepArticleFirst(resorted, article)[0]!.candidate).toBe(article);
    const conflicting = [{ candidate: curated, agreement: agreement() }, { candidate: article, agreement: agreement(true) }];
    expect(keepArticleFirst(conflicting, article)[0]!.candidate).toBe(curated);
    expect(keepArticleFirst(resorted, curated)[0]!.candidate).toBe(curated);
  });

  it("reads what a raw article is about from its text, a curated section from its question side", () => {
    const both = frame(["劳动合同"], ["劳动合同", "试用期"]);
    const frames = framesOf({ a: both, c: both }, [article.passage, curated.passage]);
    expect([...aboutOf(article.passage, frames)]).toEqual(["劳动合同", "试用期"]);
    expect([...aboutOf(curated.passage, frames)]).toEqual(["劳动合同"]);
  });

  it("tells whether a passage names one of the objects a question asks about", () => {
    const both = frame(["劳动合同"], ["劳动合同", "试用期"]);
    const frames = framesOf({ a: both, c: both }, [article.passage, curated.passage]);
    const asking = (...ids: string[]) => ({ aspect: null, aspectSpan: null, expects: null, entities: ids.map((id) => ({ id, kind: "x", text: id, audience: false })) }) as never;
    expect(namesAnObjectAsked(article.passage, asking("试用期"), frames)).toBe(true);
    expect(namesAnObjectAsked(curated.passage, asking("试用期"), frames)).toBe(false);
    expect(namesAnObjectAsked(curated.passage, asking(), frames)).toBe(true);
  });

  it("reads an article that sanctions another by number as about what that article names too", () => {
    const duty = { ...passage("d", true), article: { law: "劳动合同法", number: 9, path: [] } };
    const sanction = { ...passage("s", true), body: "违反本法第九条规定的，由劳动行政部门责令改正，处以罚款。", article: { law: "劳动合同法", number: 84, path: [], refs: [9] } };
    const other = { ...passage("o", true), article: { law: "劳动合同法", number: 10, path: [] } };
    const frames = framesOf({ d: frame([], ["身份证"]), s: frame([], ["劳动合同"]), o: frame([], ["工资"]) }, [duty, sanction, other]);
    expect([...aboutOf(sanction, frames)].sort()).toEqual(["劳动合同", "身份证"]);
    expect([...aboutOf(duty, frames)]).toEqual(["身份证"]);
  });

  it("calibrates a raw article on top with its own weights: a stronger match is more confident", () => {
    const weak = estimateConfidence([candidate(passage("a", true), 0.5, 0.2)]);
    const strong = estimateConfidence([candidate(passage("a", true), 0.5, 0.8)]);
    expect(strong).toBeGreaterThan(weak);
    expect(estimateConfidence([candidate(passage("a", true), 0.5, 0.5)])).not.toBe(estimateConfidence([candidate(passage("c", false), 0.5, 0.5)]));
  });
});
