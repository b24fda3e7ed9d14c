import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "evals/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    // The bundled knowledge's index, built once for the run: tests that only need a ready assistant load a copy.
    globalSetup: ["src/app/prebuilt-index.setup.ts"],
    // Tests with knowledge of their own still build a test assistant (the index, the classifiers): 20–40 s on a
    // quiet machine and over 2 minutes on this shared one when other jobs hold both cores; a set-up hook that
    // times out skips a whole file.
    hookTimeout: 300_000,
    // Native addons (nodejieba, hnswlib, sqlite) are happiest in forked processes.
    pool: "forks",
  },
});
