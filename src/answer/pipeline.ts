import crypto from "node:crypto";
import { createContext, type AnswerContext } from "./context.js";
import { collectStaffAnswers, staffAnswerPreface } from "./staff-answers.js";
import type { PipelineDeps } from "./deps.js";
import { check } from "./stages/check.js";
import { compose } from "./stages/compose.js";
import { escalate } from "./stages/escalate.js";
import { guardrails } from "./stages/guardrails.js";
import { rephrase } from "./stages/rephrase.js";
import { retrieve } from "./stages/retrieve.js";
import { route } from "./stages/route.js";
import { validity } from "./stages/validity.js";
import type { ChatRequest, ChatResponse } from "./types.js";

type Stage = (ctx: AnswerContext, deps: PipelineDeps) => void | Promise<void>;

/** The answer pipeline, in order. A stage that decides the reply sets ctx.finished. */
const STAGES: readonly Stage[] = [guardrails, rephrase, retrieve, route, compose, validity];

export function createAnswerPipeline(deps: PipelineDeps) {
  return async function answer(request: ChatRequest): Promise<ChatResponse> {
    const ctx = createContext(request);
    for (const stage of STAGES) {
      if (ctx.finished) break;
      await stage(ctx, deps);
    }
    check(ctx, deps);
    const ticketId = await escalate(ctx, deps);
    const staffAnswers = await collectStaffAnswers(deps.tickets, request.sessionId);
    const answerId = crypto.randomUUID();
    await deps.answers.record({
      id: answerId,
      sessionId: request.sessionId,
      channel: request.channel,
      question: ctx.question, // the question actually answered (a clarification joined to its question)
      status: ctx.status!,
      topic: ctx.topic,
      createdAt: new Date().toISOString(),
    });
    return {
      sessionId: request.sessionId,
      answerId,
      status: ctx.status!,
      answer: staffAnswerPreface(deps.replies, staffAnswers) + ctx.answer,
      topic: ctx.status === "out_of_scope" ? null : ctx.topic,
      confidence: ctx.status === "out_of_scope" ? 0 : ctx.confidence,
      citations: ctx.citations,
      ...(ticketId ? { ticketId } : {}),
      ...(ctx.suggestions.length ? { suggestions: ctx.suggestions } : {}),
      ...(staffAnswers.length ? { staffAnswers } : {}),
    };
  };
}

export type AnswerPipeline = ReturnType<typeof createAnswerPipeline>;
