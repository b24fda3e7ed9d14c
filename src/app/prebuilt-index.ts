import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../config/index.js";
import { loadKnowledge } from "../knowledge/index.js";
import { createAssistant } from "./create-assistant.js";
import { codeHash } from "./startup-cache.js";

/**
 * For tests: the data a start on the bundled knowledge derives (index/ and cache/), built once per test run by
 * the global set-up (prebuilt-index.setup.ts) and copied into each test assistant's fresh data folder, so a test
 * that needs a ready assistant loads an index (a second) instead of building one (20-40 s). Tests of building
 * and updating use other knowledge folders or call openSearchIndex themselves, and still build for real.
 */
const ROOT = path.join(os.tmpdir(), "zhice-prebuilt");
const READY = "ready";
/** What a start derives and keeps in DATA_DIR; the rest (SQLite, the session secret) each test makes anew. */
const DERIVED = ["index", "cache"];
/** A prebuilt folder unused this long is removed when a new one is built (an older checkout's). */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Everything the derived data depends on: the settings that shape it, the knowledge's content (its hash names
 * files relative to their folder, so a test's copy of the bundled knowledge shares the key, as it shares the
 * stored index's), the code that derives it, and Node (the native addons). Any change gives a new key, so no
 * test loads an index made by older code.
 */
export function prebuiltKey(config: Config): string {
  let contentHash = "";
  // Only the hash: the stand-in parse keeps this a read of the files, not a parse of their front matter.
  const { lexiconHash } = loadKnowledge(config.knowledgeDirs, {
    lexiconDir: config.lexiconDir,
    cache: (hash) => ((contentHash = hash), { passages: [], documentCount: 0 }),
  });
  const settings = { embeddings: config.embeddings, jieba: config.jiebaDictionary, vectors: config.vectorSearch };
  const code = codeHash(["app", "config", "knowledge", "retrieval", "text", "understanding"]);
  return crypto.createHash("sha256").update([JSON.stringify(settings), contentHash, lexiconHash, code, process.version].join("\0")).digest("hex").slice(0, 16);
}

const folderFor = (config: Config) => path.join(ROOT, prebuiltKey(config));

/** Copies the prebuilt index and caches into `config.dataDir` when there are some for this config; false if not. */
export function seedDataDir(config: Config): boolean {
  const folder = folderFor(config);
  if (!fs.existsSync(path.join(folder, READY))) return false;
  try {
    for (const part of DERIVED) fs.cpSync(path.join(folder, part), path.join(config.dataDir, part), { recursive: true });
    return true;
  } catch {
    // Removed meanwhile (another run pruning it): the test builds for real, in a folder cleared of the part copied.
    for (const part of DERIVED) fs.rmSync(path.join(config.dataDir, part), { recursive: true, force: true });
    return false;
  }
}

/** Builds the prebuilt folder for this config (in a staging folder of its own: config.dataDir is not used) unless it is there. */
export async function ensurePrebuilt(config: Config, onProgress?: (message: string) => void): Promise<{ folder: string; built: boolean }> {
  const folder = folderFor(config);
  if (fs.existsSync(path.join(folder, READY))) return { folder, built: false };
  fs.mkdirSync(ROOT, { recursive: true });
  const staging = `${folder}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const assistant = await createAssistant({ ...config, dataDir: staging }, onProgress);
  await assistant.close();
  for (const entry of fs.readdirSync(staging)) if (!DERIVED.includes(entry)) fs.rmSync(path.join(staging, entry), { recursive: true, force: true });
  fs.writeFileSync(path.join(staging, READY), new Date().toISOString());
  try {
    fs.renameSync(staging, folder);
  } catch {
    // Another run built it meanwhile: theirs is as good.
    fs.rmSync(staging, { recursive: true, force: true });
  }
  for (const other of fs.readdirSync(ROOT)) {
    const full = path.join(ROOT, other);
    if (full !== folder && Date.now() - fs.statSync(full).mtimeMs > STALE_MS) fs.rmSync(full, { recursive: true, force: true });
  }
  return { folder, built: true };
}
