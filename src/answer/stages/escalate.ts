import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { candidateHeadings } from "./route.js";

/**
 * Prepares a hand-off to staff: no citations, and related questions the person may ask meanwhile
 * (none for a personal case). The recorder opens the ticket and writes the reply that names it.
 */
export function escalate(ctx: AnswerContext, _deps: PipelineDeps): void {
  if (ctx.status !== "escalated") return;
  ctx.answer = "";
  ctx.citations = [];
  ctx.suggestions = ctx.escalationReason === "case_specific" || ctx.escalationReason === "mismatch" ? [] : candidateHeadings(ctx, 3);
}
