import type { RateLimitStore } from "./rate-limit-store.js";

/** What can be limited: the HTTP endpoints citizens reach, and a WeChat follower's messages. */
export const LIMITED = ["chat", "search", "feedback", "escalate", "lookup", "wechat"] as const;
export type Limited = (typeof LIMITED)[number];

/** Hits per minute allowed from one client address and from one session (or ticket, or follower). */
export interface Limit {
  perAddress: number;
  perSession: number;
}

/**
 * Defaults for one city's traffic. A person types a question at most every few seconds, so 20 a
 * minute per session never stops a real citizen; addresses are looser because offices and mobile
 * carriers put many people behind one (CGNAT). See README for the reasoning per line.
 */
export const DEFAULT_LIMITS: Record<Limited, Limit> = {
  chat: { perAddress: 60, perSession: 20 },
  search: { perAddress: 300, perSession: 0 }, // hotline staff search as they type, many behind one address
  feedback: { perAddress: 60, perSession: 20 },
  escalate: { perAddress: 20, perSession: 5 },
  lookup: { perAddress: 30, perSession: 10 }, // per ticket number: guessing one ticket's secret
  wechat: { perAddress: 0, perSession: 20 }, // per follower (WeChat's servers are the only address)
};

/** RATE_LIMITS: "on", "off", or overrides such as "chat=60/20,escalate=10/3" (0 = no limit). */
export function parseLimits(spec: string): Record<Limited, Limit> | null {
  if (spec === "off") return null;
  const limits = structuredClone(DEFAULT_LIMITS);
  if (spec === "on") return limits;
  for (const part of spec.split(",")) {
    const [name, values] = part.split("=") as [string, string];
    if (!(LIMITED as readonly string[]).includes(name)) throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${LIMITED.join(", ")})`);
    const [perAddress, perSession] = values.split("/");
    limits[name as Limited] = { perAddress: Number(perAddress), perSession: perSession === undefined ? limits[name as Limited].perSession : Number(perSession) };
  }
  return limits;
}

export interface RateLimiter {
  /** Counts one hit; resolves to the seconds to wait when a limit is exceeded, else null. */
  check(name: Limited, keys: { address?: string; session?: string }): Promise<number | null>;
}

const WINDOW_MS = 60_000;

/** Limits per address and per session; `store()` is read at each call (memory until the database is ready). */
export function createRateLimiter(limits: Record<Limited, Limit> | null, store: () => RateLimitStore, now = Date.now): RateLimiter {
  return {
    async check(name, { address, session }) {
      if (!limits) return null;
      const limit = limits[name];
      const checks: [string, number][] = [];
      if (address && limit.perAddress > 0) checks.push([`${name}:a:${address}`, limit.perAddress]);
      if (session && limit.perSession > 0) checks.push([`${name}:s:${session}`, limit.perSession]);
      for (const [key, max] of checks) {
        const { hits, resetAt } = await store().hit(key, WINDOW_MS);
        if (hits > max) return Math.max(1, Math.ceil((resetAt - now()) / 1000));
      }
      return null;
    },
  };
}
