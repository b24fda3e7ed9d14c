import { finish, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/**
 * How sure the intent classifier must be before it alone decides. Chosen by cross-validation on its
 * training examples (npm run fit-intents), where each keeps precision ≥ 0.92, and checked on the dev
 * and retired held-out sets; local figures also need a named place. `off_topic_over_domain`: so sure
 * that a policy word in the message (贷款 in 买车贷款哪家银行利息低) does not make it a policy question;
 * no answerable question of those sets reaches it. `personal_case` 0.7: with the long personal-case examples
 * of 2026-12-06, 0.6 flagged 6 of 670 general questions of those sets (long ones with personal background),
 * 0.7 flags 1 and keeps 78 of the 80 personal cases it catches at 0.6. `personal_case_follow_up`: a follow-up
 * (我爸50了呢) mostly describes the asker's situation, which the classifier, trained on first messages, reads as
 * their own case; only near-certainty counts there (dev and retired follow-ups: at 0.97, 14 of 28 personal cases
 * and none of 440 others; at 0.9, 15 and 3). With word and last-clause features (session 8) cross-validation gives
 * personal_case P 95% R 88% at 0.6 and P 95% R 86% at 0.7; 0.6 was checked on the dev and retired sets and not
 * kept: 2 more personal cases ticketed, 2 right answers (general questions with personal background) lost.
 */
export const INTENT_THRESHOLDS = { injection: 0.6, personal_case: 0.7, personal_case_follow_up: 0.97, local_figure: 0.5, off_topic: 0.5, off_topic_over_domain: 0.65 };

/** Stops instruction-injection attempts before anything else, and reads what kind of message it is. */
export function guardrails(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = ctx.message;
  const intent = (ctx.intent = deps.understanding.intents.predict(ctx.request.message));
  if (deps.rules.isInjection(normalized) || intent.injection >= INTENT_THRESHOLDS.injection) {
    finish(ctx, "out_of_scope", deps.replies.render("injection"));
  }
}
