import { normalizeText } from "../../text/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { INTENT_THRESHOLDS } from "./guardrails.js";

/**
 * Flags what only staff can answer: one person's own case, or one place's own figures. Rules for
 * fixed wording, the intent classifier for the rest; a message read as a follow-up describes the
 * asker's situation more often than it asks about their file, so the classifier must be surer there.
 */
export function triage(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = normalizeText(ctx.request.message);
  const intent = ctx.intent!;
  const followUp = ctx.question !== ctx.request.message;
  const personal = followUp ? INTENT_THRESHOLDS.follow_up_personal_case : INTENT_THRESHOLDS.personal_case;
  if (deps.rules.isCaseSpecific(normalized) || intent.personal_case >= personal) {
    ctx.needsStaff = "case_specific";
  } else if (deps.rules.isLocalSpecific(normalized) || (intent.local_figure >= INTENT_THRESHOLDS.local_figure && deps.rules.namesPlace(normalized))) {
    ctx.needsStaff = "local_specific";
  }
}
