import type { Candidate } from "../retrieval/index.js";
import type { FrameAgreement } from "../understanding/index.js";
import { isRawArticle } from "./raw-article.js";

/**
 * Logistic calibration: does the answer hold the fact asked for? Fitted by `npm run calibrate` on the
 * dev questions and conversations and the retired held-out batches (label: the answer contains the key fact) and on
 * evals/uncovered-calibration.jsonl (questions the knowledge does not cover, always wrong), so a
 * confidence of 0.8 means about 8 in 10 such answers hold the fact. The classifier's probability
 * separates an uncovered question that shares words with a section from a real match; the frame
 * agreement, a section that answers another aspect, never names the question's objects, or holds no
 * answer of the form asked (no sum of money for 多少钱).
 */
export const CALIBRATION = { strength: 1.88, classifier: 2.61, aspect: 0.45, missing: -2.32, form: 1.07, intercept: -0.99 };

/**
 * The same calibration for a raw article on top (no 常见问法, so its question-side match is its whole text's
 * and its frame has no aspect): fitted separately by `npm run calibrate` with the laws of evals/fixtures
 * loaded, on the rows where an article is the best section, so curated sections keep the calibration above.
 * 2026-12-06: 100 such rows (dev, conversations, uncovered-calibration, evals/articles.jsonl), 56 holding the fact.
 * An article's aspect is always unknown (weight 0); the fit gave the missing share +0.44, the wrong sign for an
 * article that never names what is asked about, on few rows: left at 0. The answer-form weight was not fitted
 * for articles (0).
 */
export const ARTICLE_CALIBRATION = { strength: 4.1, classifier: 5.4, aspect: 0, missing: 0, form: 0, intercept: -1.95 };

/** How well the top passage matches: coverage of the question (body, then heading and 常见问法) and vector similarity. */
export function matchStrength(top: Candidate): number {
  const vector = Math.min(1, top.vectorScore / 0.5);
  return 0.45 * top.coverage + 0.35 * top.questionCoverage + 0.2 * vector;
}

/** The calibration's inputs, in the order of its weights (strength, classifier, aspect, missing, form). */
export function confidenceFeatures(top: Candidate, agreement?: FrameAgreement): [number, number, number, number, number] {
  return [matchStrength(top), top.classifierProbability, agreement?.aspect ?? 0, agreement?.missing ?? 0, agreement?.form ?? 0];
}

/** Calibrated probability, 0..1, that an answer from the top passage holds the fact asked for. */
export function estimateConfidence(candidates: readonly Candidate[], agreement?: FrameAgreement): number {
  const top = candidates[0];
  if (!top) return 0;
  const [strength, classifier, aspect, missing, form] = confidenceFeatures(top, agreement);
  const c = isRawArticle(top.passage) ? ARTICLE_CALIBRATION : CALIBRATION;
  const z = c.strength * strength + c.classifier * classifier + c.aspect * aspect + c.missing * missing + c.form * form + c.intercept;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
