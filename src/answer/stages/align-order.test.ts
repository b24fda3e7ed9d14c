import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { createSectionFrames, frameAgreement, loadFrameVocabulary, readFrame } from "../../understanding/index.js";
import { articleHoldingTheForm } from "./align-order.js";

const article = (docId: string, number: number, body: string): Passage => ({
  id: `${docId}#${number}`, docId, heading: `第${number}条`, body, title: "中华人民共和国专利法", topic: "ip", audience: "both",
  issuer: "全国人民代表大会常务委员会", effective: "2021-06-01", region: "全国", status: "current", origin: "imported", phrasings: [], file: "x.md",
  article: { law: "专利法", number, path: [] },
});
const candidate = (p: Passage, score: number): Candidate => ({
  passage: p, score, vectorScore: 0.3, coverage: 0.4, questionCoverage: 0.4, classifierProbability: 0,
  features: { fusion: 0.5, coverage: 0.4, questionCoverage: 0.4, phrasingMatch: 0, bigramCoverage: 0, vector: 0.3, keyword: 0.5, questionKeyword: 0.5, sectionClassifier: 0 },
});

const procedure = article("patent", 61, "复审请求书应当说明理由，必要时还应当附具有关证据。");
const limit = article("patent", 41, "专利申请人对驳回申请的决定不服的，可以自收到通知之日起三个月内请求复审。");
const otherLaw = article("trademark", 34, "对驳回申请、不予公告的商标，商标局应当书面通知商标注册申请人。商标注册申请人不服的，可以自收到通知之日起十五日内申请复审。");
const vocabulary = loadFrameVocabulary("knowledge/lexicon");
const deps = { understanding: { vocabulary, sections: createSectionFrames([procedure, limit, otherLaw], vocabulary) } } as unknown as PipelineDeps;

function reorder(message: string, ranked: Candidate[], articles: Candidate[]) {
  const ctx = createContext({ message, sessionId: "s", channel: "api" });
  ctx.frame = readFrame(message, vocabulary);
  ctx.articles = articles;
  const judged = ranked.map((c) => ({ candidate: c, agreement: frameAgreement(ctx.frame, deps.understanding.sections.of(c.passage), vocabulary) }));
  return articleHoldingTheForm(judged, ctx, deps).map((j) => j.candidate.passage.id);
}

describe("an article holding the answer form asked", () => {
  const ranked = [candidate(procedure, 0.6)];
  const articles = [candidate(procedure, 0.6), candidate(otherLaw, 0.5), candidate(limit, 0.35)];

  it("comes before the best article of its law when that one holds no answer of the form asked (多久 and no span)", () => {
    expect(reorder("专利被驳回了不服，多久之内要申请复审", ranked, articles)).toEqual(["patent#41", "patent#61"]);
  });

  it("is taken only from the same law, and only when the form is asked", () => {
    expect(reorder("专利被驳回了不服，多久之内要申请复审", ranked, [candidate(otherLaw, 0.5)])).toEqual(["patent#61"]);
    expect(reorder("专利被驳回了不服，复审请求书要写什么", ranked, articles)).toEqual(["patent#61"]);
  });
});
