import { finish, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

function mentionsDomain(ctx: AnswerContext, deps: PipelineDeps): boolean {
  const query = ctx.query!;
  return (
    query.matches.length > 0 ||
    query.words.some((w) => deps.domainTerms.has(w)) ||
    deps.rules.hasDomainHint(query.normalized)
  );
}

/** Distinct section headings of the candidates, best first: the options offered to the user. */
export function candidateHeadings(ctx: AnswerContext, limit: number, skip = 0): string[] {
  const headings = ctx.candidates.slice(skip).map((c) => c.passage.heading);
  return [...new Set(headings)].slice(0, limit);
}

/**
 * Decides the status: out_of_scope (not about public services), escalated (a personal case,
 * or not answerable with enough confidence), clarify (too vague to pick one answer), or
 * leaves it to compose (answered).
 */
export function route(ctx: AnswerContext, deps: PipelineDeps): void {
  const { routing } = deps;
  const domainWords = mentionsDomain(ctx, deps);
  ctx.inDomain = domainWords || deps.rules.hasTopicWord(ctx.query!.normalized) || ctx.confidence >= routing.domainMinConfidence;
  const offTopic = deps.rules.isOffTopic(ctx.query!.normalized) && !domainWords;
  if (!ctx.inDomain || offTopic) {
    ctx.topic = null;
    finish(ctx, "out_of_scope", deps.replies.render("out_of_scope"));
    return;
  }
  if (ctx.needsStaff) {
    ctx.status = "escalated";
    ctx.escalationReason = ctx.needsStaff;
    ctx.finished = true;
    return;
  }
  const distinctDocs = new Set(ctx.candidates.slice(0, 3).map((c) => c.passage.docId)).size;
  if (ctx.query!.words.length <= 1 && distinctDocs > 1) {
    ctx.suggestions = candidateHeadings(ctx, 3);
    finish(ctx, "clarify", deps.replies.render("clarify", { options: ctx.suggestions.map((s) => `“${s}”`).join("、") }));
    return;
  }
  if (ctx.confidence < routing.answerMinConfidence) {
    ctx.status = "escalated";
    ctx.escalationReason = "low_confidence";
    ctx.finished = true;
  }
}
