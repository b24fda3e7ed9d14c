import fs from "node:fs";
import type { Config } from "../config/index.js";
import type { Passage } from "../knowledge/index.js";
import { loadKnowledgeCached } from "./knowledge-cache.js";

/**
 * The official texts curated answers quote (OFFICIAL_DIR, default knowledge/official): the articles of imported laws
 * and regulations, kept out of the search index. A curated section naming one as its 依据 quotes it after the answer
 * and cites it first (basis-quote.ts); none of them answers a question by itself. Parsed once, then read from the
 * start-up cache like the knowledge.
 */
export function loadOfficialTexts(config: Pick<Config, "officialDir" | "lexiconDir">, cacheDir: string): Passage[] {
  if (!config.officialDir || !fs.existsSync(config.officialDir)) return [];
  const { passages } = loadKnowledgeCached({ knowledgeDirs: [config.officialDir], lexiconDir: config.lexiconDir }, cacheDir, "official");
  return passages.filter((p) => p.origin === "imported" && p.article !== undefined);
}
