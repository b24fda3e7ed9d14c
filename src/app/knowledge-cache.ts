import type { Config } from "../config/index.js";
import { loadKnowledge, type KnowledgeBase, type ParsedKnowledge } from "../knowledge/index.js";
import { cachedValue, codeHash } from "./startup-cache.js";

/**
 * The knowledge as `loadKnowledge` gives it, with the parsed passages stored in `cacheDir` under the content
 * hash and the knowledge code's: every file is still read and hashed at start (that is how a change is seen),
 * but an unchanged base is not parsed again (its YAML front matter was a tenth of a restart).
 */
export function loadKnowledgeCached(config: Pick<Config, "knowledgeDirs" | "lexiconDir">, cacheDir: string, name = "knowledge"): KnowledgeBase {
  return loadKnowledge(config.knowledgeDirs, {
    lexiconDir: config.lexiconDir,
    cache: (contentHash, parse) =>
      cachedValue(cacheDir, name, [contentHash, codeHash(["knowledge"])], parse, {
        encode: (parsed) => JSON.stringify(parsed),
        decode: (text) => JSON.parse(text) as ParsedKnowledge,
      }),
  });
}
