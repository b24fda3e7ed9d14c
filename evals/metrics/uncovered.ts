import type { EvalRecord, MetricResult } from "./types.js";

/**
 * Share of questions the knowledge does not cover (`"uncovered": true`) that are not answered: an
 * answer to them can only come from an unrelated section. Escalating or declining are both right.
 */
export const THRESHOLD = 0.9;

export function uncoveredMetric(records: readonly EvalRecord[]): MetricResult[] {
  const uncovered = records.filter((r) => r.item.status !== "answered" && r.item.uncovered);
  if (uncovered.length === 0) return [];
  const declined = uncovered.filter((r) => r.response.status !== "answered").length;
  return [
    {
      name: "uncovered not answered",
      value: declined / uncovered.length,
      threshold: THRESHOLD,
      detail: `${declined}/${uncovered.length}`,
    },
  ];
}
