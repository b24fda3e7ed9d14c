import type { SqlDriver } from "./sql-driver.js";

export interface TicketStats {
  total: number;
  byStatus: Record<string, number>;
  byTopic: Record<string, number>;
  byChannel: Record<string, number>;
  byDay: Record<string, number>;
  /** Share of tickets that have been answered (answered or closed with an answer). */
  resolutionRate: number;
  /** Median minutes from creation to the staff answer; null before the first answer. */
  medianMinutesToAnswer: number | null;
  /** Share of rated answers rated helpful; null before the first rating. */
  helpfulRate: number | null;
  ratings: number;
}

/** Recent answers the median is taken over: enough to be stable, bounded however full the queue. */
const MEDIAN_SAMPLE = 1000;

type Counted = { k: string | null; n: number | string };

function toCounts(rows: Counted[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.k ?? "unknown", Number(r.n)]));
}

/**
 * Queue statistics for the staff console. Counted by the database (GROUP BY), so the work does
 * not grow with the number of tickets read into memory; the median uses the latest answers.
 */
export async function ticketStats(db: SqlDriver): Promise<TicketStats> {
  const countBy = (expression: string) => db.all<Counted>(`SELECT ${expression} AS k, COUNT(*) AS n FROM tickets GROUP BY ${expression}`);
  const [byStatus, byTopic, byChannel, byDay] = await Promise.all([countBy("status"), countBy("topic"), countBy("channel"), countBy("substr(created_at, 1, 10)")]);
  const [answeredCount] = await db.all<{ n: number | string }>("SELECT COUNT(*) AS n FROM tickets WHERE answered_at IS NOT NULL");
  const recent = await db.all<{ created_at: string; answered_at: string }>(
    "SELECT created_at, answered_at FROM tickets WHERE answered_at IS NOT NULL ORDER BY answered_at DESC LIMIT ?",
    [MEDIAN_SAMPLE],
  );
  const minutes = recent.map((r) => (Date.parse(r.answered_at) - Date.parse(r.created_at)) / 60_000).sort((a, b) => a - b);
  const [ratings] = await db.all<{ n: number | string; helpful: number | string | null }>(
    "SELECT COUNT(*) AS n, SUM(helpful) AS helpful FROM feedback",
  );
  const rated = Number(ratings?.n ?? 0);
  const total = byStatus.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    total,
    byStatus: toCounts(byStatus),
    byTopic: toCounts(byTopic),
    byChannel: toCounts(byChannel),
    byDay: toCounts(byDay),
    resolutionRate: total ? Number(answeredCount?.n ?? 0) / total : 0,
    medianMinutesToAnswer: minutes.length ? Math.round(minutes[Math.floor(minutes.length / 2)]! * 10) / 10 : null,
    helpfulRate: rated ? Number(ratings?.helpful ?? 0) / rated : null,
    ratings: rated,
  };
}
