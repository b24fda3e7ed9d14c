import { normalizeText } from "../../text/index.js";
import { finish, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/**
 * How sure the intent classifier must be before it alone decides. Chosen by cross-validation on its
 * training examples (npm run fit-intents), where each keeps precision ≥ 0.92, and checked on the dev
 * and retired held-out sets; local figures also need a named place. `off_topic_over_domain`: so sure
 * that a policy word in the message (贷款 in 买车贷款哪家银行利息低) does not make it a policy question;
 * no answerable question of those sets reaches it.
 */
export const INTENT_THRESHOLDS = { injection: 0.6, personal_case: 0.6, local_figure: 0.5, off_topic: 0.5, off_topic_over_domain: 0.65 };

/** Stops instruction-injection attempts before anything else, and reads what kind of message it is. */
export function guardrails(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = normalizeText(ctx.request.message);
  const intent = (ctx.intent = deps.understanding.intents.predict(ctx.request.message));
  if (deps.rules.isInjection(normalized) || intent.injection >= INTENT_THRESHOLDS.injection) {
    finish(ctx, "out_of_scope", deps.replies.render("injection"));
  }
}
