import { describe, expect, it } from "vitest";
import { eventLoopTurns } from "./event-loop.js";

const busy = (ms: number) => {
  for (const end = performance.now() + ms; performance.now() < end; );
};

describe("eventLoopTurns", () => {
  it("lets a timer run during a long loop of synchronous work once the budget is spent", async () => {
    const pause = eventLoopTurns(20);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    for (let i = 0; i < 10; i += 1) {
      busy(10);
      await pause();
    }
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it("does not yield before the budget is spent", async () => {
    const pause = eventLoopTurns(10_000);
    let ran = false;
    setImmediate(() => (ran = true));
    await pause();
    expect(ran).toBe(false);
  });
});
