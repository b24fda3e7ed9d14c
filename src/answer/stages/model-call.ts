import { isTimeout, type LlmOutcome, type ModelPrompt } from "../../llm/index.js";
import type { AnswerContext } from "../context.js";
import type { LlmDeps } from "../deps.js";

/** Notes what a call came to on the question and in the counters. */
export function settle(ctx: AnswerContext, llm: LlmDeps, task: "condense" | "answer", outcome: LlmOutcome): void {
  ctx.llm[task] = outcome;
  llm.stats.record(task, outcome);
}

/** Text handed to the model as data: nothing inside can close its delimiters or open new ones. */
export function asData(text: string): string {
  return text.replace(/</g, "＜").replace(/>/g, "＞");
}

/**
 * One call of the model within the question's budget (LLM_TIMEOUT_MS for all its calls together).
 * Null on timeout or error, already counted: the caller keeps what it had.
 */
export async function askModel(
  ctx: AnswerContext,
  llm: LlmDeps,
  task: "condense" | "answer",
  prompt: ModelPrompt,
  onChunk?: (text: string) => void,
): Promise<string | null> {
  const now = Date.now();
  ctx.llm.deadline ??= now + llm.timeoutMs;
  const left = ctx.llm.deadline - now;
  if (left <= 0) {
    settle(ctx, llm, task, "timeout");
    return null;
  }
  try {
    return await llm.model.complete(prompt, { timeoutMs: left, ...(onChunk ? { onChunk } : {}) });
  } catch (error) {
    settle(ctx, llm, task, isTimeout(error) ? "timeout" : "error");
    return null;
  }
}
