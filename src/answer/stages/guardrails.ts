import { normalizeText } from "../../text/index.js";
import { finish, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** Stops instruction-injection attempts before retrieval and flags questions only staff can answer. */
export function guardrails(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = normalizeText(ctx.request.message);
  if (deps.rules.isInjection(normalized)) {
    finish(ctx, "out_of_scope", deps.replies.render("injection"));
    return;
  }
  if (deps.rules.isCaseSpecific(normalized)) ctx.needsStaff = "case_specific";
  // A place's own figure is staff-only unless that place's documents are loaded (the local layer).
  else if (deps.rules.isLocalSpecific(normalized) && !deps.retriever.coversLocalQuestion(normalized)) ctx.needsStaff = "local_specific";
}
