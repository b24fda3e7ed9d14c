import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { KnowledgeBase, Passage } from "../knowledge/index.js";

/** What a stored index was built from: the knowledge as a whole, and each section's own content hash. */
export interface Manifest {
  /** Index format and embedding model: when it differs, nothing stored can be reused. */
  key: string;
  contentHash: string;
  lexiconHash?: string;
  dimensions: number;
  passages: string[];
  hashes: string[];
  /** Sections added, changed or removed by updates since the last full build (drift is bounded by it). */
  changedSinceFull: number;
  builtAt: string;
}

export const MANIFEST_FILE = "manifest.json";

/**
 * A section is updated in place while the changes since the last full build stay within this share of the
 * base (at least INCREMENTAL_FLOOR sections): an update keeps the IDF table of the full build and trains the
 * classifier on the new sections only, so many updates would drift from what a full build gives.
 */
const INCREMENTAL_SHARE = 0.2;
const INCREMENTAL_FLOOR = 50;

/** The hash of what the index reads of a section: its id, title, heading, body and 常见问法 (and an article's chapters). */
export function passageHash(passage: Passage): string {
  return crypto
    .createHash("sha1")
    .update(JSON.stringify([passage.id, passage.title, passage.heading, passage.body, passage.phrasings, ...(passage.article ? [passage.article.path] : [])]))
    .digest("base64url");
}

export function readManifest(dir: string): Manifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as Manifest;
    return Array.isArray(manifest.passages) && Array.isArray(manifest.hashes) ? manifest : null;
  } catch {
    return null;
  }
}

export function manifestFor(key: string, knowledge: KnowledgeBase, dimensions: number, changedSinceFull: number): Manifest {
  return {
    key,
    contentHash: knowledge.contentHash,
    ...(knowledge.lexiconHash ? { lexiconHash: knowledge.lexiconHash } : {}),
    dimensions,
    passages: knowledge.passages.map((p) => p.id),
    hashes: knowledge.passages.map(passageHash),
    changedSinceFull,
    builtAt: new Date().toISOString(),
  };
}

/** The sections to take out of a stored index (removed or changed) and to put in (new or changed). */
export interface UpdatePlan {
  remove: Set<string>;
  add: Passage[];
}

/** How to bring a stored index up to date section by section, or null when only a full build will do. */
export function planUpdate(manifest: Manifest, key: string, knowledge: KnowledgeBase): UpdatePlan | null {
  if (manifest.key !== key || !knowledge.lexiconHash || manifest.lexiconHash !== knowledge.lexiconHash) return null;
  const stored = new Map(manifest.passages.map((id, i) => [id, manifest.hashes[i]]));
  const current = new Set(knowledge.passages.map((p) => p.id));
  const add = knowledge.passages.filter((p) => stored.get(p.id) !== passageHash(p));
  const remove = new Set([...manifest.passages.filter((id) => !current.has(id)), ...add.filter((p) => stored.has(p.id)).map((p) => p.id)]);
  const changes = manifest.changedSinceFull + add.length + remove.size;
  const allowed = Math.max(INCREMENTAL_FLOOR, INCREMENTAL_SHARE * knowledge.passages.length);
  return changes <= allowed ? { remove, add } : null;
}
