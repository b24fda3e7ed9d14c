import fs from "node:fs";
import path from "node:path";
import { createLexicon, lexiconFiles, parseLexicon, type Lexicon } from "../text/index.js";
import type { ScoredId } from "./bm25.js";
import type { PreparedQuery } from "./query.js";

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

/**
 * The question read in the legal register, when the register maps any of its words: its matches added to the
 * colloquial ones (for coverage), a BM25 ranking of imported articles only (a fourth ranking for the fusion), and
 * every passage's BM25 score relative to the best passage of any kind.
 */
export function readInRegister(
  register: Lexicon,
  query: PreparedQuery,
  search: (text: string, k: number) => ScoredId[],
  isArticle: (id: string) => boolean,
  poolSize: number,
): { query: PreparedQuery; ranking: ScoredId[]; scores: Map<string, number> } | undefined {
  const legal = inRegister(register, query);
  if (!legal) return undefined;
  const hits = search(legal.expanded, poolSize * 4);
  const best = hits[0]?.score ?? 1;
  const scores = new Map(hits.map((h) => [h.id, h.score / best]));
  const ranking = hits.filter((h) => isArticle(h.id)).slice(0, poolSize);
  return { query: legal, ranking, scores };
}

/** The question with the register's terms added to its expansion and matches; undefined when it maps none of its words. */
export function inRegister(register: Lexicon, query: PreparedQuery): PreparedQuery | undefined {
  const matches = register.match(query.normalized);
  if (matches.length === 0) return undefined;
  return { ...query, expanded: register.expand(query.expanded, matches), matches: [...query.matches, ...matches] };
}
