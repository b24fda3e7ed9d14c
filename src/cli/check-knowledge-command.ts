import { loadConfig } from "../config/index.js";
import { checkBases, loadKnowledge } from "../knowledge/index.js";
import { lookupArticle } from "../retrieval/index.js";
import { normalizeText } from "../text/index.js";
import { runCli } from "./run-cli.js";

/**
 * npm run check-knowledge: loads every knowledge folder (KNOWLEDGE_DIRS) and reports each curated section whose
 * named basis article disagrees with it, or cannot be found. Exits 1 when a section disagrees with its article.
 */
runCli(async () => {
  const config = loadConfig();
  const { passages, documentCount } = loadKnowledge(config.knowledgeDirs, { lexiconDir: config.lexiconDir });
  const findings = checkBases(passages, (basis) => lookupArticle(passages, normalizeText(basis), []));
  const withBasis = passages.filter((p) => p.basis && p.origin !== "imported").length;
  for (const f of findings) {
    console.log(`${f.passage.file} § ${f.passage.heading}: basis ${f.basis}${f.article ? ` (${f.article.file})` : ""} — ${f.problem}`);
  }
  const disagreements = findings.filter((f) => f.article).length;
  console.log(`Checked ${withBasis} curated sections that name a basis article, in ${documentCount} documents: ${disagreements} disagreements, ${findings.length - disagreements} bases not loaded.`);
  if (disagreements) process.exitCode = 1;
});
