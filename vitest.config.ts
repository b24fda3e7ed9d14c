import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "evals/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    // The bundled knowledge's index, built once for the run: tests that only need a ready assistant load a copy.
    globalSetup: ["src/app/prebuilt-index.setup.ts"],
    // Building a test assistant (the index, the classifiers) takes 20–40 s on a quiet machine and over 2 minutes on
    // this shared one when other jobs hold both cores: a set-up hook that times out skips a whole file.
    hookTimeout: 300_000,
    // A fork whose event loop is blocked for over 60 s (building the test assistant's index on this shared 2-core
    // machine under load) misses vitest 3's fixed 60 s worker-RPC timeout ("[vitest-worker]: Timeout calling
    // onTaskUpdate") and the run exits 1 with every test passed; the timeout is not configurable before vitest 4's
    // onUnhandledError filter. Unhandled errors are still printed; failed assertions and hooks still fail the run.
    // To remove once the index build yields to the event loop (README, "What does not work yet").
    dangerouslyIgnoreUnhandledErrors: true,
    // Native addons (nodejieba, hnswlib, sqlite) are happiest in forked processes.
    pool: "forks",
  },
});
