import { describe, expect, it } from "vitest";
import { createLlmStats } from "./stats.js";

describe("language model counters", () => {
  it("count used, rejected (by reason) and fallen-back answers, and used, discarded and fallen-back rewrites", () => {
    const stats = createLlmStats();
    for (const outcome of ["used", "used", "unsupported_figure", "unknown_citation", "timeout", "error"] as const) stats.record("answer", outcome);
    for (const outcome of ["used", "discarded", "timeout"] as const) stats.record("condense", outcome);
    const counts = stats.snapshot();
    expect(counts.answer).toMatchObject({ used: 2, rejected: 2, fallbacks: 2 });
    expect(counts.answer.rejections).toMatchObject({ unsupported_figure: 1, unknown_citation: 1, no_citation: 0 });
    expect(counts.condense).toEqual({ used: 1, discarded: 1, fallbacks: 1 });
    stats.record("answer", "used");
    expect(counts.answer.used).toBe(2); // a snapshot does not change afterwards
  });
});
