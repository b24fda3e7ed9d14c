import { containsKeyFact } from "./key-fact.js";
import type { MetricResult } from "./types.js";
import type { ChatResponse } from "../../src/answer/index.js";

/** The question-understanding issue's ceiling (issue 9): wrong answers at most 5% of all answers. */
export const THRESHOLD = 0.05;
/**
 * The CI gate for follow-up turns, which still go wrong more often (the issue's 5% is the target, not
 * yet met: 12.8% of the dev conversations' answers on 2026-12-06).
 */
export const CONVERSATION_CEILING = 0.15;

export interface Expectation {
  status: string;
  keyFact?: string;
}

/**
 * Share of answers given that were wrong: answered without the fact asked for, or answered when the
 * question should have been escalated, declined or clarified. A confident wrong answer is worse than
 * an escalation, so this is reported next to every accuracy figure.
 */
export function wrongAnswerMetric(pairs: readonly { expected: Expectation; response: ChatResponse }[], ceiling = THRESHOLD): MetricResult {
  const answered = pairs.filter((p) => p.response.status === "answered");
  const wrong = answered.filter(
    (p) => p.expected.status !== "answered" || !containsKeyFact(p.response.answer, p.expected.keyFact ?? ""),
  );
  return {
    name: "wrong-answer rate",
    value: wrong.length / Math.max(1, answered.length),
    threshold: ceiling,
    lowerIsBetter: true,
    detail: `${wrong.length}/${answered.length} answers`,
  };
}
