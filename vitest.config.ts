import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "evals/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native addons (nodejieba, hnswlib, sqlite) are happiest in forked processes.
    pool: "forks",
  },
});
