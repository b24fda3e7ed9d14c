import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { loadConfig } from "../../config/index.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { loadReplies } from "../replies.js";
import { compose, CROSS_DOCUMENT_MARGIN } from "./compose.js";
import { createSectionFrames, loadFrameVocabulary, readFrame } from "../../understanding/index.js";

const passage = (id: string, docId: string, heading: string, body: string): Passage => ({
  id, docId, heading, body, title: "创业担保贷款", topic: "financing", audience: "both", issuer: "财政部 人力资源社会保障部 中国人民银行",
  docNo: "财金〔2020〕21号", effective: "2020-04-28", reviewed: "2026-11-26", region: "全国", status: "current", phrasings: [], file: "x.md",
});
const candidate = (p: Passage, score: number): Candidate => ({
  passage: p, score, vectorScore: 0.5, coverage: 0.8, questionCoverage: 0.8, classifierProbability: 0.5,
  features: { fusion: 1, coverage: 0.8, questionCoverage: 0.8, phrasingMatch: 0, bigramCoverage: 0.8, vector: 0.5, keyword: 1, questionKeyword: 1, sectionClassifier: 1 },
});

const amount = passage("d#1", "d", "能贷多少", "个人最高可申请20万元。贷款期限最长3年。");
const where = passage("d#2", "d", "去哪申请", "向当地人社部门或担保基金运营机构提出申请。");
const other = passage("e#1", "e", "别的文件", "与此无关的另一份文件。");
const patentPriority = passage("p#1", "p", "发明专利的优先权期限多长", "发明专利自外国第一次提出申请之日起12个月内可以要求优先权。");
const trademarkPriority = passage("t#1", "t", "商标的优先权期限多长", "商标自外国第一次提出申请之日起6个月内可以要求优先权。");
const vocabulary = loadFrameVocabulary("knowledge/lexicon");
const understanding = { vocabulary, sections: createSectionFrames([amount, where, other, patentPriority, trademarkPriority], vocabulary) };
const deps = { replies: loadReplies("prompts"), routing: loadConfig({}).routing, understanding } as unknown as PipelineDeps;

function composeWith(candidates: Candidate[], message = "创业担保贷款能贷多少去哪申请") {
  const ctx = createContext({ message, sessionId: "s", channel: "api" });
  ctx.frame = readFrame(message, vocabulary);
  ctx.query = { original: "", normalized: "", expanded: "", words: ["贷款", "申请"], matches: [] };
  ctx.candidates = candidates;
  compose(ctx, deps);
  return ctx;
}

describe("compose", () => {
  it("answers from the best section with its source line", () => {
    const ctx = composeWith([candidate(amount, 0.9), candidate(where, 0.5)]);
    expect(ctx.answer.split("\n")[0]).toBe(amount.body);
    expect(ctx.answer).toContain("来源：财政部 人力资源社会保障部 中国人民银行《创业担保贷款》（财金〔2020〕21号）");
    expect(ctx.citations.map((c) => c.section)).toEqual(["能贷多少"]);
  });

  it("adds a sibling section of the same document that matches almost as well, citing both", () => {
    const ctx = composeWith([candidate(amount, 0.9), candidate(where, 0.88)]);
    expect(ctx.answer.split("\n")[0]).toBe(amount.body + where.body);
    expect(ctx.citations.map((c) => c.section)).toEqual(["能贷多少", "去哪申请"]);
    // One source line for the shared document, naming both sections.
    expect(ctx.answer.split("\n")).toHaveLength(2);
    expect(ctx.answer.split("\n")[1]).toMatch(/（财金〔2020〕21号）；创业担保贷款·能贷多少、去哪申请$/);
  });

  it("says what a follow-up was taken to be about only when the answer comes from that topic", () => {
    const previous = { question: "创业担保贷款能贷多少", status: "answered", frame: readFrame("创业担保贷款能贷多少", vocabulary), about: null, docId: "d", suggestions: [], answerObjects: [] };
    const inTopic = composeWith([candidate(where, 0.9)], "去哪申请");
    expect(inTopic.answer.startsWith("关于")).toBe(false);
    const follow = (top: Passage) => {
      const ctx = createContext({ message: "去哪申请", sessionId: "s", channel: "api" });
      ctx.frame = readFrame("去哪申请", vocabulary);
      ctx.query = { original: "", normalized: "", expanded: "", words: ["申请"], matches: [] };
      ctx.previous = previous as unknown as typeof ctx.previous;
      ctx.about = "创业担保贷款";
      ctx.candidates = [candidate(top, 0.9)];
      compose(ctx, deps);
      return ctx.answer;
    };
    expect(follow(where).startsWith("关于创业担保贷款：")).toBe(true);
    // Found in another document that never names it: the answer does not claim the earlier topic.
    expect(follow({ ...other, title: "另一份文件" }).startsWith("关于")).toBe(false);
  });

  it("does not mix in a section of another document that is merely close", () => {
    const ctx = composeWith([candidate(amount, 0.9), candidate(other, 0.9 - CROSS_DOCUMENT_MARGIN - 0.05)]);
    expect(ctx.citations).toHaveLength(1);
    expect(ctx.answer).not.toContain("无关");
  });

  it("quotes both sides of a near tie between two documents, the second introduced by its heading, each with its source line", () => {
    const ctx = composeWith([candidate(amount, 0.9), candidate(other, 0.89)]);
    expect(ctx.citations.map((c) => c.docId)).toEqual(["d", "e"]);
    expect(ctx.answer.split("\n")[0]).toBe(`${amount.body}另外，「别的文件」：${other.body}`);
    expect(ctx.answer.split("\n").slice(1)).toHaveLength(2);
    expect(ctx.answer.split("\n")[2]).toMatch(/^来源：.*；创业担保贷款·别的文件$/);
  });

  it("never quotes a tied section of another document about another object than the one the question names", () => {
    const ctx = composeWith([candidate(patentPriority, 0.9), candidate(trademarkPriority, 0.89)], "发明专利优先权多久");
    expect(ctx.citations.map((c) => c.docId)).toEqual(["p"]);
    expect(ctx.answer).not.toContain("商标");
  });
});
