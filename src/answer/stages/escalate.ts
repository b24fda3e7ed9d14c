import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { candidateHeadings } from "./route.js";

/** Puts an escalated question in the feedback queue; the reply names the committed ticket. */
export async function escalate(ctx: AnswerContext, deps: PipelineDeps): Promise<string | undefined> {
  if (ctx.status !== "escalated") return undefined;
  const { ticket } = await deps.tickets.create({
    sessionId: ctx.request.sessionId,
    channel: ctx.request.channel,
    source: "escalation",
    idempotencyKey: ctx.request.idempotencyKey,
    replyTo: ctx.request.replyTo,
    question: ctx.question,
    topic: ctx.topic,
    reason: ctx.escalationReason ?? "low_confidence",
    candidates: ctx.candidates.map((c) => ({ passageId: c.passage.id, heading: c.passage.heading, score: c.score })),
  });
  const key =
    ctx.escalationReason === "case_specific" ? "escalated_case"
    : ctx.escalationReason === "local_specific" ? "escalated_local"
    : ctx.escalationReason === "policy_changed" ? "escalated_policy_changed"
    : "escalated";
  ctx.answer = ctx.notices.join("") + deps.replies.render(key, { ticketId: ticket.id });
  ctx.citations = [];
  ctx.suggestions = ctx.escalationReason === "case_specific" ? [] : candidateHeadings(ctx, 3);
  return ticket.id;
}
