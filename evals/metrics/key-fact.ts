import { normalizeText } from "../../src/text/index.js";
import type { EvalRecord, MetricResult } from "./types.js";

/** Share of answerable questions whose reply contains the expected key fact. */
export const THRESHOLD = 0.9;

export function keyFactMetric(records: readonly EvalRecord[]): MetricResult {
  const answerable = records.filter((r) => r.item.status === "answered");
  const hits = answerable.filter(
    (r) => r.item.status === "answered" && normalizeText(r.response.answer).includes(normalizeText(r.item.keyFact)),
  );
  return {
    name: "key fact in answer",
    value: hits.length / Math.max(1, answerable.length),
    threshold: THRESHOLD,
    detail: `${hits.length}/${answerable.length}`,
  };
}
