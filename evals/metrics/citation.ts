import type { EvalRecord, MetricResult } from "./types.js";

/** The article-level issue's target (issue 11): ≥ 70% of questions about one article answered citing it. */
export const CITATION_THRESHOLD = 0.7;

const ARTICLE = /^(第[^条]+条)(第[^款]+款)?/;

/**
 * The same article: the same 条, and the same 款 when both name one. A set written from the official text names the
 * 款 (第十四条第一款) where the knowledge keeps a short article whole (第十四条): citing the whole article cites it;
 * a long article split per 款 must be cited at the 款 asked.
 */
export function sameArticle(cited: string, expected: string): boolean {
  const a = ARTICLE.exec(cited);
  const b = ARTICLE.exec(expected);
  if (!a || !b) return cited === expected;
  return a[1] === b[1] && (!a[2] || !b[2] || a[2] === b[2]);
}

/**
 * For sets with expected sections: how many questions are answered citing exactly that section first, and (for
 * article sets) citing its article, with a 款 named in the set matching a whole article. A quoted official article
 * (citation.quote) is cited before the section that answered: either counts as first.
 */
export function citationMetrics(records: readonly EvalRecord[]): MetricResult[] {
  const expected = records.filter((r) => r.item.status === "answered" && r.item.docId);
  if (expected.length === 0) return [];
  const citing = (same: (cited: string, wanted: string) => boolean) =>
    expected.filter((r) => {
      const item = r.item;
      if (r.response.status !== "answered" || item.status !== "answered") return false;
      const [first, second] = r.response.citations;
      const firsts = first?.quote && second ? [first, second] : first ? [first] : [];
      return firsts.some((c) => c.docId === item.docId && same(c.section, item.section ?? ""));
    }).length;
  const exact = citing((cited, wanted) => cited === wanted);
  const metrics: MetricResult[] = [{ name: "answer cites the section", value: exact / expected.length, threshold: CITATION_THRESHOLD, detail: `${exact}/${expected.length}` }];
  if (expected.some((r) => r.item.status === "answered" && ARTICLE.test(r.item.section ?? ""))) {
    const article = citing(sameArticle);
    metrics.push({ name: "answer cites the article", value: article / expected.length, threshold: CITATION_THRESHOLD, detail: `${article}/${expected.length}` });
  }
  return metrics;
}
