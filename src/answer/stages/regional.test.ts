import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { loadReplies } from "../replies.js";
import { regional } from "./regional.js";

const replies = loadReplies("prompts");
const deps = (locale?: string) => ({ replies, ...(locale ? { locale } : {}) }) as unknown as PipelineDeps;

function candidate(docId: string, region: string, title: string): Candidate {
  const passage = { id: docId, docId, title, heading: "第十五条", region, body: "…", phrasings: [] } as unknown as Passage;
  return { passage, score: 1 } as Candidate;
}

function answered(question: string, ...candidates: Candidate[]) {
  const ctx = createContext({ message: question, sessionId: "s", channel: "api" });
  ctx.status = "answered";
  ctx.candidates = candidates;
  ctx.citations = candidates.map((c) => ({ docId: c.passage.docId, section: c.passage.heading })) as typeof ctx.citations;
  ctx.answer = "答复正文。\n来源：…";
  return ctx;
}

const local = () => candidate("elderly-care-sdsylfwtl", "山东省", "山东省养老服务条例");
const national = () => candidate("elderly-care-law", "全国", "老年人权益保障法");

describe("regional: whose rule a region's regulation is", () => {
  it("says so before an answer led by a region's regulation when the question names no region and the deployment is elsewhere", () => {
    for (const locale of [undefined, "北京市"]) {
      const ctx = answered("养老用房多久移交民政", local());
      regional(ctx, deps(locale));
      expect(ctx.answer.startsWith("以下是山东省的地方规定，其他地区请以当地规定为准。答复正文。")).toBe(true);
      expect(ctx.notices).toHaveLength(1);
    }
  });

  it("says so after the first part when the region's regulation only follows a national section", () => {
    const ctx = answered("养老用房多久移交民政", national(), local());
    regional(ctx, deps());
    expect(ctx.answer.split("\n")[0]).toBe("答复正文。（其中《山东省养老服务条例》是山东省的地方规定，其他地区请以当地规定为准。）");
  });

  it("says nothing when the question names the region, the deployment is there, or only national sections answer", () => {
    for (const [question, locale, candidates] of [
      ["山东养老用房多久移交民政", undefined, [local()]],
      ["养老用房多久移交民政", "山东省", [local()]],
      ["养老用房多久移交民政", undefined, [national()]],
    ] as const) {
      const ctx = answered(question, ...candidates);
      regional(ctx, deps(locale));
      expect(ctx.answer).toBe("答复正文。\n来源：…");
    }
  });
});
