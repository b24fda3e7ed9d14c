import { REJECTIONS, type Rejection } from "./grounding.js";

/** What happened to one call of the model. */
export type LlmOutcome = "used" | "discarded" | "timeout" | "error" | Rejection;

/**
 * Counts of what the language model's replies came to, per task, since start: read by evals and
 * meant for a /metrics endpoint (counters only, nothing about the questions).
 */
export interface LlmStats {
  record(task: "answer" | "condense", outcome: LlmOutcome): void;
  snapshot(): LlmCounts;
}

export interface LlmCounts {
  answer: { used: number; rejected: number; fallbacks: number; rejections: Record<Rejection, number> };
  /** discarded: the rewrite changed what a question is about (or named something new); the frame reading was used. */
  condense: { used: number; discarded: number; fallbacks: number };
}

export function createLlmStats(): LlmStats {
  const rejections = Object.fromEntries(REJECTIONS.map((r) => [r, 0])) as Record<Rejection, number>;
  const answer = { used: 0, rejected: 0, fallbacks: 0 };
  const condense = { used: 0, discarded: 0, fallbacks: 0 };
  return {
    record(task, outcome) {
      const counts = task === "answer" ? answer : condense;
      if (outcome === "used") counts.used++;
      else if (outcome === "timeout" || outcome === "error") counts.fallbacks++;
      else if (task === "condense") condense.discarded++;
      else {
        answer.rejected++;
        if (outcome !== "discarded") rejections[outcome]++;
      }
    },
    snapshot: () => ({ answer: { ...answer, rejections: { ...rejections } }, condense: { ...condense } }),
  };
}
