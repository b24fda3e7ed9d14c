import { describe, expect, it } from "vitest";
import { MessageDeduplicator } from "./dedupe.js";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("MessageDeduplicator", () => {
  it("gives retries the first entry while in flight and after it is done", async () => {
    const dedupe = new MessageDeduplicator<{ id: number; done: Promise<void> }>();
    const work = deferred();
    let created = 0;
    const create = () => ({ id: ++created, done: work.promise });
    const first = dedupe.claim("m1", create, (e) => e.done);
    const retry = dedupe.claim("m1", create, (e) => e.done);
    expect(first.first).toBe(true);
    expect(retry).toEqual({ entry: first.entry, first: false });
    expect(dedupe.size).toEqual({ inFlight: 1, done: 0 });
    work.resolve();
    await work.promise;
    await Promise.resolve();
    expect(dedupe.size).toEqual({ inFlight: 0, done: 1 });
    expect(dedupe.claim("m1", create, (e) => e.done).entry.id).toBe(1);
    expect(created).toBe(1);
  });

  it("moves a failed entry to done as well", async () => {
    const dedupe = new MessageDeduplicator<Promise<void>>();
    const failing = Promise.reject(new Error("x"));
    failing.catch(() => {});
    dedupe.claim("m", () => failing, (e) => e);
    await new Promise((r) => setTimeout(r, 0));
    expect(dedupe.size).toEqual({ inFlight: 0, done: 1 });
  });

  it("forgets finished messages after the expiry and keeps at most maxEntries", async () => {
    let now = 0;
    const dedupe = new MessageDeduplicator<Promise<void>>({ ttlMs: 1000, maxEntries: 3, now: () => now });
    for (const key of ["a", "b", "c", "d"]) dedupe.claim(key, () => Promise.resolve(), (e) => e);
    await new Promise((r) => setTimeout(r, 0));
    expect(dedupe.size.done).toBe(3);
    expect(dedupe.claim("a", () => Promise.resolve(), (e) => e).first).toBe(true);
    now = 5000;
    expect(dedupe.claim("b", () => Promise.resolve(), (e) => e).first).toBe(true);
  });
});
