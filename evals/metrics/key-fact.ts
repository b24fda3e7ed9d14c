import { normalizeText } from "../../src/text/index.js";
import type { EvalRecord, MetricResult } from "./types.js";

/**
 * Share of answerable questions whose reply contains the expected key fact. The knowledge-base issue's
 * target (issue 3) was 95% on the dev set; the gate is 94% since personal-voice questions the intent
 * classifier hands to staff (我的工伤申请要等多少天) now cost about one point there, by design.
 */
export const THRESHOLD = 0.94;

/** Whether a reply states the fact, compared after the normalisation retrieval uses (半年 = 6个月, 二十 = 20). */
export function containsKeyFact(answer: string, keyFact: string): boolean {
  return normalizeText(answer).includes(normalizeText(keyFact));
}

export function keyFactMetric(records: readonly EvalRecord[]): MetricResult {
  const answerable = records.filter((r) => r.item.status === "answered");
  const hits = answerable.filter(
    (r) => r.item.status === "answered" && containsKeyFact(r.response.answer, r.item.keyFact),
  );
  return {
    name: "key fact in answer",
    value: hits.length / Math.max(1, answerable.length),
    threshold: THRESHOLD,
    detail: `${hits.length}/${answerable.length}`,
  };
}
