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

function countBy(rows: Record<string, unknown>[], key: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const value = String(row[key] ?? "unknown");
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Queue statistics for the staff console, computed from the ticket and feedback tables. */
export async function ticketStats(db: SqlDriver): Promise<TicketStats> {
  const rows = await db.all<{ status: string; topic: string | null; channel: string; created_at: string; answered_at: string | null }>(
    "SELECT status, topic, channel, created_at, answered_at FROM tickets",
  );
  const days = rows.map((r) => ({ day: r.created_at.slice(0, 10) }));
  const answered = rows.filter((r) => r.answered_at);
  const minutes = answered
    .map((r) => (Date.parse(r.answered_at!) - Date.parse(r.created_at)) / 60_000)
    .sort((a, b) => a - b);
  const [ratings] = await db.all<{ n: number | string; helpful: number | string | null }>(
    "SELECT COUNT(*) AS n, SUM(helpful) AS helpful FROM feedback",
  );
  const rated = Number(ratings?.n ?? 0);
  return {
    total: rows.length,
    byStatus: countBy(rows, "status"),
    byTopic: countBy(rows, "topic"),
    byChannel: countBy(rows, "channel"),
    byDay: countBy(days, "day"),
    resolutionRate: rows.length ? answered.length / rows.length : 0,
    medianMinutesToAnswer: minutes.length ? Math.round(minutes[Math.floor(minutes.length / 2)]! * 10) / 10 : null,
    helpfulRate: rated ? Number(ratings?.helpful ?? 0) / rated : null,
    ratings: rated,
  };
}
