import type { Candidate } from "../retrieval/index.js";

/**
 * Logistic calibration fitted on evals/dev.jsonl (answered questions: was the cited section the
 * expected one?), so that a confidence of 0.8 means about 8 in 10 such answers cite the right section.
 * Refit with `npm run calibrate` when the knowledge or the retriever changes much.
 */
const CALIBRATION = { slope: 7.98, intercept: -3.04 };

/** How well the top passage matches: coverage of the question (body, then heading and 常见问法) and vector similarity. */
export function matchStrength(top: Candidate): number {
  const vector = Math.min(1, top.vectorScore / 0.5);
  return 0.45 * top.coverage + 0.35 * top.questionCoverage + 0.2 * vector;
}

/** Calibrated probability, 0..1, that the top passage answers the question. */
export function estimateConfidence(candidates: readonly Candidate[]): number {
  const top = candidates[0];
  if (!top) return 0;
  const z = CALIBRATION.slope * matchStrength(top) + CALIBRATION.intercept;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
