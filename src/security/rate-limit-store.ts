import type { SqlDriver } from "../feedback/sql-driver.js";

/** A key's count in its current window, and when that window ends (ms since the epoch). */
export interface Hits {
  hits: number;
  resetAt: number;
}

/**
 * Counts hits per key. A key's window opens at its first hit and lasts windowMs; the next hit after
 * it restarts the count. With a limit of 1 it answers "seen within windowMs?" (WeChat nonces).
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<Hits>;
}

/** One process's counters; bounded, the least recently hit keys go first. */
export function memoryRateLimitStore(options: { maxKeys?: number; now?: () => number } = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  const counters = new Map<string, Hits>();
  return {
    async hit(key, windowMs) {
      const at = now();
      const current = counters.get(key);
      const next = current && current.resetAt > at ? { hits: current.hits + 1, resetAt: current.resetAt } : { hits: 1, resetAt: at + windowMs };
      counters.delete(key); // re-insert: Map order is then least recently hit first
      counters.set(key, next);
      while (counters.size > maxKeys) counters.delete(counters.keys().next().value!);
      return next;
    },
  };
}

/** Counters shared by every instance on one database (table rate_limits, see migrations). */
export function sqlRateLimitStore(db: SqlDriver, options: { now?: () => number } = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  let lastPrune = 0;
  return {
    async hit(key, windowMs) {
      const at = now();
      if (at - lastPrune > 60_000) {
        lastPrune = at;
        await db.run("DELETE FROM rate_limits WHERE expires_at < ?", [at]);
      }
      // Column references on the right of SET read the row as it was (both dialects).
      const live = "rate_limits.expires_at > excluded.window_start";
      const [row] = await db.all<{ hits: number | string; expires_at: number | string }>(
        `INSERT INTO rate_limits (key, window_start, expires_at, hits) VALUES (?, ?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN ${live} THEN rate_limits.hits + 1 ELSE 1 END,
           window_start = CASE WHEN ${live} THEN rate_limits.window_start ELSE excluded.window_start END,
           expires_at = CASE WHEN ${live} THEN rate_limits.expires_at ELSE excluded.expires_at END
         RETURNING hits, expires_at`,
        [key, at, at + windowMs],
      );
      return { hits: Number(row?.hits ?? 1), resetAt: Number(row?.expires_at ?? at + windowMs) };
    },
  };
}
