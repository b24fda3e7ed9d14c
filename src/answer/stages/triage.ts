import { ELLIPSIS, QUESTION_WORD } from "../../understanding/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { INTENT_THRESHOLDS } from "./guardrails.js";

/** Asking words of a rule question (who pays, how long, what to do, is it allowed); 能不能 also asks a favour, so it is not one. */
const RULE_ASK = /谁(给|来|出|负责|交|付|承担)|多久|多长时间|多少天|之内|以内|怎么办|咋办|是啥|是什么|合法吗|允许吗/;
/** Asking about one's own file (why it went wrong, where it stands) or for someone to act on it (给我特批, 你们派人). */
const OWN_FILE_ASK = /为什么|为啥|怎么回事|咋回事|到哪|进度|审到|查|帮|没到账|少发|少了|扣了|给我|你们|派人|特批|照顾/;

/** The message's last clause asks what the rule is, not what became of the asker's own file. */
function asksTheRule(normalized: string): boolean {
  const clauses = normalized.split(/[，,。？?！!；;\s]+/).filter(Boolean);
  const last = clauses[clauses.length - 1] ?? "";
  return RULE_ASK.test(last) && !OWN_FILE_ASK.test(normalized);
}

/**
 * Flags what only staff can answer: one person's own case, or one place's own figures. Rules for
 * fixed wording, the intent classifier for the rest. A follow-up (我爸50了呢, 我没工作) describes the
 * asker's situation far more often than it asks about their file, and the classifier was trained on
 * first messages, so there it decides only when it is all but certain (帮我查下我们公司到账了没).
 */
export function triage(ctx: AnswerContext, deps: PipelineDeps): void {
  const normalized = ctx.message;
  const intent = ctx.intent!;
  const followUp = ctx.question !== ctx.request.message;
  // "…呢" with no ask of its own (那我爸都50了，他的呢) repeats the last question for someone else: the same rule, asked
  // again, whatever the situation it gives; only the fixed rules can still find a personal case in it.
  const repeatsTheQuestion = followUp && ELLIPSIS.test(normalized.trim()) && !QUESTION_WORD.test(normalized);
  const personalScore = repeatsTheQuestion ? 0 : intent.personal_case;
  // A message whose last clause asks what the rule is (…医保谁给交, 多久之内得去办, 能不能先给我报) gives its situation as
  // background: the classifier, which reads that background as a case, decides only when all but certain.
  const bar = followUp || asksTheRule(normalized) ? INTENT_THRESHOLDS.personal_case_follow_up : INTENT_THRESHOLDS.personal_case;
  if (deps.rules.isCaseSpecific(normalized) || personalScore >= bar) {
    ctx.needsStaff = "case_specific";
  } else if (deps.rules.isLocalSpecific(normalized) || (intent.local_figure >= INTENT_THRESHOLDS.local_figure && deps.rules.namesPlace(normalized))) {
    ctx.needsStaff = "local_specific";
  }
}
