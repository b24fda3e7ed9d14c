import type { Candidate } from "../retrieval/index.js";

/**
 * Logistic calibration: was the cited section the right one? Fitted by `npm run calibrate` on the
 * answerable questions of evals/dev.jsonl and on evals/uncovered-calibration.jsonl (questions the
 * knowledge does not cover, always wrong), so a confidence of 0.8 means about 8 in 10 such answers cite
 * the right section. The classifier's probability separates an uncovered question that happens to share
 * words with a section (结婚登记要带户口本吗 vs 新生儿参保材料) from a real match.
 */
const CALIBRATION = { strength: 5.96, classifier: 3.18, intercept: -3.52 };

/** How well the top passage matches: coverage of the question (body, then heading and 常见问法) and vector similarity. */
export function matchStrength(top: Candidate): number {
  const vector = Math.min(1, top.vectorScore / 0.5);
  return 0.45 * top.coverage + 0.35 * top.questionCoverage + 0.2 * vector;
}

/** Calibrated probability, 0..1, that the top passage answers the question. */
export function estimateConfidence(candidates: readonly Candidate[]): number {
  const top = candidates[0];
  if (!top) return 0;
  const z = CALIBRATION.strength * matchStrength(top) + CALIBRATION.classifier * top.classifierProbability + CALIBRATION.intercept;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
