import { prepareQuery } from "../../retrieval/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** A reply to a clarifying question is short; anything longer is treated as a new question. */
const MAX_FOLLOW_UP_WORDS = 4;

/** Joins a clarification to the question it clarifies, then normalises and expands the query. */
export async function rephrase(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  // The previous turn comes from the shared answer log, so a follow-up may reach any instance.
  const previous = await deps.answers.lastForSession(ctx.request.sessionId);
  const ownWords = deps.segmenter.tokenize(ctx.request.message);
  if (previous?.status === "clarify" && ownWords.length <= MAX_FOLLOW_UP_WORDS) {
    ctx.question = `${previous.question} ${ctx.request.message}`;
  }
  ctx.query = prepareQuery(ctx.question, deps.lexicon, deps.segmenter);
}
