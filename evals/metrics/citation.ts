import { containsKeyFact } from "./key-fact.js";
import type { EvalRecord, MetricResult } from "./types.js";

/** The article-level issue's targets (issue 11): ≥ 70% of answers cite the exact article, ≤ 5% of answers wrong. */
export const CITATION_THRESHOLD = 0.7;
export const RIGHT_ANSWER_THRESHOLD = 0.95;

/**
 * For sets with expected sections: how many questions are answered citing exactly that section first,
 * and how many of the answers given are right (state the key fact) — a wrong answer is worse than none.
 */
export function citationMetrics(records: readonly EvalRecord[]): MetricResult[] {
  const expected = records.filter((r) => r.item.status === "answered" && r.item.docId);
  if (expected.length === 0) return [];
  const cited = expected.filter((r) => {
    const first = r.response.citations[0];
    return r.response.status === "answered" && r.item.status === "answered" && first?.docId === r.item.docId && first?.section === r.item.section;
  });
  const answered = expected.filter((r) => r.response.status === "answered");
  const right = answered.filter((r) => r.item.status === "answered" && containsKeyFact(r.response.answer, r.item.keyFact));
  return [
    { name: "answer cites the section", value: cited.length / expected.length, threshold: CITATION_THRESHOLD, detail: `${cited.length}/${expected.length}` },
    {
      name: "answers that are right",
      value: answered.length ? right.length / answered.length : 1,
      threshold: RIGHT_ANSWER_THRESHOLD,
      detail: `${answered.length - right.length} wrong of ${answered.length} answers`,
    },
  ];
}
