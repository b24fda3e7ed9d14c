import fs from "node:fs";
import path from "node:path";
import { createLexicon, lexiconFiles, parseLexicon, type Lexicon } from "../text/index.js";

/**
 * Everyday words mapped to the register laws are written in (公司 → 用人单位, 罚 → 罚款): an imported article has
 * no 常见问法 to carry a question's own words, so its match is measured in the law's words too. A lexicon folder
 * without `register/` simply has none.
 */
export function loadLegalRegister(lexiconDir: string): Lexicon {
  const dir = path.join(lexiconDir, "register");
  const entries = new Map<string, string[]>();
  if (!fs.existsSync(dir)) return createLexicon(entries);
  for (const file of lexiconFiles(dir, ".tsv")) {
    for (const [key, terms] of parseLexicon(fs.readFileSync(file, "utf8"), file)) {
      entries.set(key, [...new Set([...(entries.get(key) ?? []), ...terms])]);
    }
  }
  return createLexicon(entries);
}
