import { prepareQuery } from "../../retrieval/index.js";
import { normalizeText } from "../../text/index.js";
import type { QuestionFrame } from "../../understanding/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { offTopic, pickedNumber, readQuestion } from "./contextualize.js";
import { askModel, asData, settle } from "./model-call.js";

/** A rewrite longer than this is not a question any more. */
const MAX_REWRITE_CHARS = 120;

/** The policy objects a frame names (发明专利, 职工医保), not whom they are for. */
function objects(frame: QuestionFrame): string[] {
  return [...new Set(frame.entities.filter((e) => !e.audience).map((e) => e.id))].sort();
}

/** The model's reply as one question: first line, no quotes or "改写：" prefix. */
function cleanRewrite(reply: string): string {
  const line = reply.trim().split(/\n/)[0] ?? "";
  return line.replace(/^(改写后的问题|改写|问题)[:：]\s*/, "").replace(/^["“'「]|["”'」]$/g, "").trim();
}

/**
 * Why a rewrite is not used, or null when it may be. The frame-based reading checks it: a question
 * that already stood on its own keeps its policy objects and gains none it did not say, and a
 * follow-up's rewrite may name only objects the conversation named (in the message, the last turn
 * or the frame-based reading), so the model cannot move the question to another policy.
 */
export function rewriteProblem(ctx: AnswerContext, deps: PipelineDeps, rewrite: string): string | null {
  if (!rewrite || rewrite.length > MAX_REWRITE_CHARS) return "not a question";
  const message = readQuestion(ctx.request.message, deps);
  const proposed = readQuestion(rewrite, deps).frame;
  const own = objects(message.frame);
  const selfContained = ctx.question === ctx.request.message && own.length > 0;
  if (selfContained && own.some((id) => !objects(proposed).includes(id))) return "changed a self-contained question";
  const known = new Set(selfContained ? own : [...own, ...objects(ctx.previous?.frame ?? message.frame), ...objects(ctx.frame)]);
  const texts = selfContained ? [message.text] : [message.text, normalizeText(ctx.previous?.question ?? ""), normalizeText(ctx.question)];
  const said = (span: string, id: string) => texts.some((t) => t.includes(span) || t.includes(id));
  if (proposed.entities.some((e) => !e.audience && !known.has(e.id) && !said(e.span, e.id))) return "named another policy object";
  if (objects(ctx.frame).length > 0 && objects(proposed).length === 0) return "lost the policy object";
  return null;
}

/**
 * LLM_MODE=condense or answer: the model rewrites a follow-up into a question that stands on its own,
 * from the last turn. Runs after the frame-based reading (contextualize), which stays in force when
 * the model fails, is late, or its rewrite does not pass `rewriteProblem`.
 */
export async function condense(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  const { llm } = deps;
  const previous = ctx.previous;
  if (!llm || !previous || previous.status === "out_of_scope") return;
  const message = ctx.message.trim();
  if (pickedNumber(message) !== null || offTopic(ctx, deps, message)) return;
  const earlier = previous.about && previous.status !== "clarify" ? `${previous.question}（上一轮答复依据：${previous.about}）` : previous.question;
  const reply = await askModel(ctx, llm, "condense", {
    system: llm.prompts.condense.system,
    user: llm.prompts.condense.fill({ previous: asData(earlier), message: asData(ctx.request.message) }),
  });
  if (reply === null) return;
  const rewrite = cleanRewrite(reply);
  if (rewriteProblem(ctx, deps, rewrite) !== null) {
    settle(ctx, llm, "condense", "discarded");
    return;
  }
  settle(ctx, llm, "condense", "used");
  if (normalizeText(rewrite) === normalizeText(ctx.question) || normalizeText(rewrite) === message) return;
  if (ctx.question === ctx.request.message && previous.status !== "clarify") {
    ctx.about = readQuestion(rewrite, deps).frame.entities[0]?.span ?? previous.about;
  }
  ctx.question = rewrite;
  ctx.frame = readQuestion(rewrite, deps).frame;
  ctx.query = prepareQuery(ctx.question, deps.lexicon, deps.segmenter);
}
