import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../config/index.js";
import { createAssistant, type Assistant } from "./create-assistant.js";
import { seedDataDir } from "./prebuilt-index.js";

/** A fresh temporary data directory; tests remove it themselves or leave it to the OS. */
export function tempDir(prefix = "zhice-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The settings every test configuration starts from: the bundled knowledge and prompts. */
export const TEST_SETTINGS = { KNOWLEDGE_DIR: "knowledge", PROMPTS_DIR: "prompts" } as const;

/**
 * Configuration for tests: the bundled knowledge and prompts, a private data directory. Unless the test names
 * its own DATA_DIR, the directory starts with the run's prebuilt index and caches when they fit these settings
 * (prebuilt-index.ts), so the assistant loads them instead of building; other knowledge is built for real.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const config = loadConfig({ DATA_DIR: tempDir(), ...TEST_SETTINGS, ...overrides });
  if (overrides.DATA_DIR === undefined) seedDataDir(config);
  return config;
}

/** A fresh data directory holding the prebuilt index of the bundled knowledge when there is one (for a server started in a test). */
export function readyDataDir(): string {
  return testConfig().dataDir;
}

/** The real assistant on the bundled knowledge, with its own SQLite file. */
export function testAssistant(overrides: Record<string, string> = {}): Promise<{ assistant: Assistant; config: Config }> {
  const config = testConfig(overrides);
  return createAssistant(config).then((assistant) => ({ assistant, config }));
}
