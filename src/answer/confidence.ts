import type { Candidate } from "../retrieval/index.js";

/**
 * Confidence that the top passage answers the question, 0..1. A weighted blend of how much of
 * the question the passage covers (body, then heading and 常见问法) and the vector similarity;
 * the weights and the answer threshold (ANSWER_MIN_CONFIDENCE) were calibrated on evals/.
 */
export function estimateConfidence(candidates: readonly Candidate[]): number {
  const top = candidates[0];
  if (!top) return 0;
  const vector = Math.min(1, top.vectorScore / 0.5);
  const raw = 0.45 * top.coverage + 0.35 * top.questionCoverage + 0.2 * vector;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
}
