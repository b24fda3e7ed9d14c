import { checkBases, type Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";
import { lookupArticle } from "./article-lookup.js";
import type { Candidate } from "./hybrid-retriever.js";

/**
 * The best official article (an imported section) goes first when it scores at least this share of a curated
 * section above it: the official text wins over a paraphrase that matches the question's words better because
 * it was written with 常见问法. Chosen on evals/articles.jsonl (cites the article 16→36 of 68; see README).
 */
export const OFFICIAL_RATIO = 0.5;

export function officialFirst(ranked: Candidate[], ratio: number): Candidate[] {
  const official = ranked.find((c) => c.passage.origin === "imported");
  const top = ranked[0];
  if (!official || !top || official === top || official.score < ratio * top.score) return ranked;
  return [official, ...ranked.filter((c) => c !== official)];
}

/** Curated sections that disagree with the basis article they name, when that article is loaded: never answered from. */
export function contradictedSections(passages: readonly Passage[]): Set<string> {
  const findings = checkBases(passages, (basis) => lookupArticle(passages, normalizeText(basis), []));
  return new Set(findings.filter((f) => f.article).map((f) => f.passage.id));
}
