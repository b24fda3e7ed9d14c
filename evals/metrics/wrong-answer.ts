import { containsKeyFact } from "./key-fact.js";
import type { MetricResult } from "./types.js";
import type { ChatResponse } from "../../src/answer/index.js";

/** The question-understanding issue's ceiling (issue 9): wrong answers at most 5% of all answers. */
export const THRESHOLD = 0.05;
/**
 * CI's regression guards, above the 5% target, which is not met yet: on 2026-12-06 the dev questions
 * had 7.3% (sections whose unconfirmed figures were removed still answer around the fact) and the dev
 * conversations' turns 14.7%.
 */
export const GATES = { questions: 0.08, conversations: 0.16 };

export interface Expectation {
  status: string;
  keyFact?: string;
}

/**
 * Share of answers given that were wrong: answered without the fact asked for, or answered when the
 * question should have been escalated, declined or clarified. A confident wrong answer is worse than
 * an escalation, so this is reported next to every accuracy figure.
 */
export function wrongAnswerMetric(pairs: readonly { expected: Expectation; response: ChatResponse }[], gate: number = GATES.questions): MetricResult {
  const answered = pairs.filter((p) => p.response.status === "answered");
  const wrong = answered.filter(
    (p) => p.expected.status !== "answered" || !containsKeyFact(p.response.answer, p.expected.keyFact ?? ""),
  );
  return {
    name: "wrong-answer rate",
    value: wrong.length / Math.max(1, answered.length),
    threshold: THRESHOLD,
    gate,
    lowerIsBetter: true,
    detail: `${wrong.length}/${answered.length} answers`,
  };
}
