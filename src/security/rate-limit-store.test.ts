import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { openFeedbackStorage, type FeedbackStorage } from "../feedback/index.js";
import { freshPostgresSchema, postgresAvailable } from "../feedback/postgres-testing.js";
import { memoryRateLimitStore, sqlRateLimitStore, type RateLimitStore } from "./rate-limit-store.js";
import { createRateLimiter, DEFAULT_LIMITS } from "./rate-limits.js";

let clock = 1_000_000;
const now = () => clock;

async function countHits(store: RateLimitStore, key: string, n: number, windowMs = 60_000) {
  const seen = [];
  for (let i = 0; i < n; i += 1) seen.push((await store.hit(key, windowMs)).hits);
  return seen;
}

describe("memory rate-limit store", () => {
  it("counts per key within a window that opens at the first hit, and forgets the least recent keys", async () => {
    const store = memoryRateLimitStore({ now, maxKeys: 2 });
    expect(await countHits(store, "a", 3)).toEqual([1, 2, 3]);
    clock += 59_000;
    expect((await store.hit("a", 60_000)).hits).toBe(4);
    clock += 2_000; // the window that opened at the first hit has ended
    expect(await store.hit("a", 60_000)).toEqual({ hits: 1, resetAt: clock + 60_000 });
    await store.hit("b", 60_000);
    await store.hit("c", 60_000); // "a" is now the least recently hit of three: dropped
    expect((await store.hit("a", 60_000)).hits).toBe(1);
  });
});

const backends = [
  { name: "SQLite", open: async () => openFeedbackStorage({ dataDir: tempDir() }) },
  { name: "PostgreSQL", open: async () => openFeedbackStorage({ dataDir: tempDir(), databaseUrl: (await freshPostgresSchema())! }) },
];

describe.each(backends)("shared rate-limit store on $name", ({ name, open }) => {
  const skip = name === "PostgreSQL" && !postgresAvailable;
  let storage: FeedbackStorage;
  beforeAll(async () => {
    if (!skip) storage = await open();
  });
  afterAll(async () => {
    if (!skip) await storage.close();
  });

  it.skipIf(skip)("shares counts between instances, so a client cannot spread a flood over them", async () => {
    const [one, two] = [sqlRateLimitStore(storage.driver, { now }), sqlRateLimitStore(storage.driver, { now })];
    expect([(await one.hit("k", 60_000)).hits, (await two.hit("k", 60_000)).hits, (await one.hit("k", 60_000)).hits]).toEqual([1, 2, 3]);
    const limiter = createRateLimiter({ ...DEFAULT_LIMITS, escalate: { perAddress: 3, perSession: 0 } }, () => two, now);
    expect(await limiter.check("escalate", { address: "k-addr" })).toBeNull();
    await one.hit("escalate:a:k-addr", 60_000);
    await one.hit("escalate:a:k-addr", 60_000);
    expect(await limiter.check("escalate", { address: "k-addr" })).toBeGreaterThan(0); // the 4th hit, counted across both
    clock += 61_000;
    expect((await two.hit("k", 60_000)).hits).toBe(1);
  });

  it.skipIf(skip)("counts concurrent hits exactly", async () => {
    const store = sqlRateLimitStore(storage.driver, { now });
    const hits = await Promise.all(Array.from({ length: 20 }, () => store.hit("burst", 60_000)));
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

