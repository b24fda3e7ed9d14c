import type { EvalRecord, MetricResult } from "./types.js";

/** hit@1, hit@3 and MRR of the expected section in the retriever's ranking (answerable items). hit@3 is the knowledge-base issue's target (issue 3); hit@1 and MRR guard against regressions. */
export const THRESHOLDS = { hitAt1: 0.88, hitAt3: 0.98, mrr: 0.9 };

export function retrievalMetrics(records: readonly EvalRecord[]): MetricResult[] {
  const ranks = records.flatMap(({ item, ranking }) => {
    if (item.status !== "answered" || !item.docId) return [];
    const index = ranking.indexOf(`${item.docId}#${item.section}`);
    return [index === -1 ? Infinity : index + 1];
  });
  if (ranks.length === 0) return []; // a set without expected sections measures key facts and routing only
  const share = (predicate: (rank: number) => boolean) => ranks.filter(predicate).length / Math.max(1, ranks.length);
  const mrr = ranks.reduce((sum, rank) => sum + (Number.isFinite(rank) ? 1 / rank : 0), 0) / Math.max(1, ranks.length);
  return [
    { name: "hit@1", value: share((r) => r <= 1), threshold: THRESHOLDS.hitAt1, detail: `${ranks.length} answerable` },
    { name: "hit@3", value: share((r) => r <= 3), threshold: THRESHOLDS.hitAt3 },
    { name: "MRR", value: mrr, threshold: THRESHOLDS.mrr },
  ];
}
