import { loadConfig } from "../config/index.js";
import { checkBases, checkKnowledge, isoDay, loadKnowledge } from "../knowledge/index.js";
import { basisArticles } from "../retrieval/index.js";
import { runCli } from "./run-cli.js";

/**
 * `npm run knowledge:check`: fails on an ended document still marked in force, a missing successor, or a curated
 * section that disagrees with its 依据 article where that law is imported (KNOWLEDGE_DIRS).
 */
runCli(async () => {
  const config = loadConfig();
  const knowledge = loadKnowledge(config.knowledgeDirs, { lexiconDir: config.lexiconDir });
  const report = checkKnowledge(knowledge.passages, isoDay(new Date()));
  const bases = checkBases(knowledge.passages, (section) => basisArticles(knowledge.passages, section));
  const disagreements = bases.filter((f) => f.article).map((f) => `${f.passage.file} § ${f.passage.heading}: 依据 ${f.basis} (${f.article!.file} ${f.article!.heading}) — ${f.problem}`);
  report.errors.push(...disagreements);
  console.log(`Basis check: ${bases.length - disagreements.length} sections cite a law that is not imported; ${disagreements.length} disagree with their article`);
  console.log(`Knowledge check: ${report.documents} documents, ${knowledge.passages.length} sections, ${report.withUrl} with an official url`);
  if (report.reviewDue.length) console.log(`Review due (last reviewed more than a year ago):\n  ${report.reviewDue.join("\n  ")}`);
  if (report.errors.length) {
    console.error(`Validity errors:\n  ${report.errors.join("\n  ")}`);
    process.exit(1);
  }
});
