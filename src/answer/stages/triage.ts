import { normalizeText } from "../../text/index.js";
import { ELLIPSIS, QUESTION_WORD } from "../../understanding/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { INTENT_THRESHOLDS } from "./guardrails.js";

/**
 * Flags what only staff can answer: one person's own case, or one place's own figures. Rules for
 * fixed wording, the intent classifier for the rest. A follow-up (我爸50了呢, 我没工作) describes the
 * asker's situation far more often than it asks about their file, and the classifier was trained on
 * first messages, so there it decides only when it is all but certain (帮我查下我们公司到账了没).
 */
export function triage(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = normalizeText(ctx.request.message);
  const intent = ctx.intent!;
  const followUp = ctx.question !== ctx.request.message;
  // "…呢" with no ask of its own (那我爸都50了，他的呢) repeats the last question for someone else: the same rule, asked
  // again, whatever the situation it gives; only the fixed rules can still find a personal case in it.
  const repeatsTheQuestion = followUp && ELLIPSIS.test(normalized.trim()) && !QUESTION_WORD.test(normalized);
  const personalScore = repeatsTheQuestion ? 0 : intent.personal_case;
  if (deps.rules.isCaseSpecific(normalized) || personalScore >= (followUp ? INTENT_THRESHOLDS.personal_case_follow_up : INTENT_THRESHOLDS.personal_case)) {
    ctx.needsStaff = "case_specific";
  } else if (deps.rules.isLocalSpecific(normalized) || (intent.local_figure >= INTENT_THRESHOLDS.local_figure && deps.rules.namesPlace(normalized))) {
    ctx.needsStaff = "local_specific";
  }
}
