import { describe, expect, it } from "vitest";
import { parseSchedstat, threadTime, wallSplit } from "./thread-time.js";

describe("where a thread's wall-clock time went", () => {
  it("reads running and run-queue nanoseconds as milliseconds", () => {
    expect(parseSchedstat("2500000000 1500000000 42\n")).toEqual({ runningMs: 2500, waitingMs: 1500 });
    expect(parseSchedstat("")).toBeUndefined();
  });

  it("leaves to 'blocked' what is neither running nor waiting for a core", () => {
    const split = wallSplit(10_000, { runningMs: 1000, waitingMs: 500 }, { runningMs: 5000, waitingMs: 3500 });
    expect(split).toEqual({ runningMs: 4000, waitingMs: 3000, blockedMs: 3000 });
    expect(wallSplit(10, undefined, { runningMs: 0, waitingMs: 0 })).toBeUndefined();
  });

  it("counts this thread's busy work as running time where the kernel keeps the figures", () => {
    const before = threadTime();
    if (!before) return; // not Linux
    const started = performance.now();
    while (performance.now() - started < 50) Math.sqrt(Math.random());
    const split = wallSplit(performance.now() - started, before, threadTime())!;
    expect(split.runningMs + split.waitingMs).toBeGreaterThan(40);
  });
});
