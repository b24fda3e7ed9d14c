import crypto from "node:crypto";
import type { AnswerLog, TicketRepository } from "../feedback/index.js";
import type { AnswerContext } from "./context.js";
import { answeringCitation } from "./basis-quote.js";
import type { Replies, ReplyKey } from "./replies.js";
import { collectStaffAnswers } from "./staff-answers.js";
import type { ChatResponse } from "./types.js";

export interface RecorderDeps {
  tickets: TicketRepository;
  answers: AnswerLog;
  replies: Replies;
}

const ESCALATION_REPLY: Record<string, ReplyKey> = {
  case_specific: "escalated_case",
  local_specific: "escalated_local",
  policy_changed: "escalated_policy_changed",
};

/** The best candidate section when nothing was cited: what the question nearly got as an answer. */
function nearest(ctx: AnswerContext): { docId: string; title: string; section: string } | null {
  const best = ctx.citations.length ? undefined : ctx.candidates[0]?.passage;
  return best ? { docId: best.docId, title: best.title, section: best.heading } : null;
}

/**
 * The one writer after the pipeline: opens the ticket an escalation needs (the reply names it only
 * once it is committed), hands over staff answers waiting for the session, and logs the turn with its
 * frame so the next message can be read in context. `dryRun` writes nothing (npm run ask / probe).
 */
export function createRecorder(deps: RecorderDeps) {
  return async function record(ctx: AnswerContext, options: { dryRun?: boolean } = {}): Promise<ChatResponse> {
    const { request } = ctx;
    let ticketId: string | undefined;
    if (ctx.status === "escalated") {
      if (!options.dryRun) {
        const { ticket } = await deps.tickets.create({
          sessionId: request.sessionId,
          channel: request.channel,
          source: "escalation",
          idempotencyKey: request.idempotencyKey,
          replyTo: request.replyTo,
          question: ctx.question,
          topic: ctx.topic,
          reason: ctx.escalationReason ?? "low_confidence",
          candidates: ctx.candidates.map((c) => ({ passageId: c.passage.id, heading: c.passage.heading, score: c.score })),
        });
        ticketId = ticket.id;
      }
      const key = ESCALATION_REPLY[ctx.escalationReason ?? ""] ?? "escalated";
      // Validity notices (the policy has ended) come before the hand-off.
      ctx.answer = ctx.notices.join("") + deps.replies.render(key, { ticketId: ticketId ?? "（预览，未登记）" });
    }
    const staffAnswers = options.dryRun || request.newSession ? [] : await collectStaffAnswers(deps.tickets, request.sessionId);
    const answerId = crypto.randomUUID();
    const answeredFrom = answeringCitation(ctx);
    if (!options.dryRun) {
      await deps.answers.record({
        id: answerId,
        sessionId: request.sessionId,
        channel: request.channel,
        question: ctx.question,
        status: ctx.status!,
        topic: ctx.topic,
        createdAt: new Date().toISOString(),
        context: {
          // A follow-up continues in the section that answered, not in the law a quote of its basis came from.
          frame: ctx.frame, about: answeredFrom?.title ?? ctx.about, docId: answeredFrom?.docId ?? null, section: answeredFrom?.section ?? null, suggestions: ctx.suggestions,
          answerObjects: ctx.status === "answered" ? ctx.answerObjects : [],
          // For the gap report and answer-quality signals (src/feedback/gaps/): what was cited, or nearly.
          confidence: ctx.confidence,
          reason: ctx.status === "escalated" ? (ctx.escalationReason ?? "low_confidence") : null,
          ticketId: ticketId ?? null,
          sections: ctx.citations.map((c) => ({ docId: c.docId, title: c.title, section: c.section })),
          near: nearest(ctx),
        },
      });
    }
    const outOfScope = ctx.status === "out_of_scope";
    return {
      sessionId: request.sessionId,
      answerId,
      status: ctx.status!,
      answer: ctx.answer,
      topic: outOfScope ? null : ctx.topic,
      confidence: outOfScope ? 0 : ctx.confidence,
      citations: ctx.citations,
      ...(ticketId ? { ticketId } : {}),
      ...(ctx.suggestions.length ? { suggestions: ctx.suggestions } : {}),
      ...(staffAnswers.length ? { staffAnswers } : {}),
    };
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
