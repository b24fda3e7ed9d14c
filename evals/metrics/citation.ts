import type { EvalRecord, MetricResult } from "./types.js";

/** The article-level issue's target (issue 11): ≥ 70% of questions about one article answered citing it. */
export const CITATION_THRESHOLD = 0.7;

/** For sets with expected sections: how many questions are answered citing exactly that section first. */
export function citationMetrics(records: readonly EvalRecord[]): MetricResult[] {
  const expected = records.filter((r) => r.item.status === "answered" && r.item.docId);
  if (expected.length === 0) return [];
  const cited = expected.filter((r) => {
    const first = r.response.citations[0];
    return r.response.status === "answered" && r.item.status === "answered" && first?.docId === r.item.docId && first?.section === r.item.section;
  });
  return [{ name: "answer cites the section", value: cited.length / expected.length, threshold: CITATION_THRESHOLD, detail: `${cited.length}/${expected.length}` }];
}
