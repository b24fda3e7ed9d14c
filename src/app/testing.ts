import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../config/index.js";
import { createAssistant, type Assistant } from "./create-assistant.js";

/** A fresh temporary data directory; tests remove it themselves or leave it to the OS. */
export function tempDir(prefix = "zhice-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Configuration for tests: the bundled knowledge and prompts, a private data directory. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ DATA_DIR: tempDir(), KNOWLEDGE_DIR: "knowledge", PROMPTS_DIR: "prompts", ...overrides });
}

/** The real assistant on the bundled knowledge, with its own SQLite file. */
export function testAssistant(overrides: Record<string, string> = {}): Promise<{ assistant: Assistant; config: Config }> {
  const config = testConfig(overrides);
  return createAssistant(config).then((assistant) => ({ assistant, config }));
}
