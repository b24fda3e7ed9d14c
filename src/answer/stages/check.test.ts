import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { loadReplies } from "../replies.js";
import { check } from "./check.js";

const replies = loadReplies("prompts");
const deps = { replies } as unknown as PipelineDeps;

function candidate(docId: string, heading: string, body: string): Candidate {
  const passage = { id: `${docId}#${heading}`, docId, title: docId, heading, body } as Passage;
  return { passage, score: 1, vectorScore: 0, coverage: 0, questionCoverage: 0, classifierProbability: 0 } as unknown as Candidate;
}

function answered(answer: string, cited: Candidate[]) {
  const ctx = createContext({ message: "低保户有照顾吗", sessionId: "s", channel: "api" });
  ctx.status = "answered";
  ctx.candidates = cited;
  ctx.citations = cited.map((c) => ({ docId: c.passage.docId, section: c.passage.heading }) as never);
  ctx.answer = answer;
  return ctx;
}

describe("check (every sentence stands in a cited passage)", () => {
  const main = candidate("a", "困难群众有什么倾斜", "支付比例提高5个百分点。之后再由医疗救助按规定救助，具体标准以当地最新政策为准。");
  const other = candidate("b", "护理补贴哪些人能领", "护理补贴的对象是重度残疾人。");

  it("keeps an answer whose sentence ends in a canned notice, followed by another document's section", () => {
    const also = replies.render("also_from", { heading: other.passage.heading });
    const ctx = answered(`${main.passage.body}${also}${other.passage.body}`, [main, other]);
    check(ctx, deps);
    expect(ctx.status).toBe("answered");
  });

  it("escalates an answer holding a sentence that no cited passage holds", () => {
    const ctx = answered("支付比例提高5个百分点。报销比例还能再提高一倍。", [main]);
    check(ctx, deps);
    expect(ctx).toMatchObject({ status: "escalated", escalationReason: "ungrounded", answer: "" });
  });
});
