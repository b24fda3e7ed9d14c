import os from "node:os";
import { loadConfig } from "../config/index.js";
import { ensurePrebuilt } from "./prebuilt-index.js";
import { TEST_SETTINGS } from "./testing.js";

/**
 * vitest's global set-up: builds the bundled knowledge's index and caches once for the run (or finds them built
 * by an earlier run of the same code and knowledge), before any test file starts; testConfig copies them.
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const { folder, built } = await ensurePrebuilt(loadConfig({ DATA_DIR: os.tmpdir(), ...TEST_SETTINGS }));
  console.log(`prebuilt test index ${built ? "built" : "found"} in ${Math.round(performance.now() - started)} ms: ${folder}`);
}
