import { loadConfig } from "../config/index.js";
import { checkKnowledge, isoDay, loadKnowledge } from "../knowledge/index.js";
import { runCli } from "./run-cli.js";

/** `npm run knowledge:check`: fails on an ended document still marked in force or a missing successor. */
runCli(async () => {
  const knowledge = loadKnowledge(loadConfig().knowledgeDir);
  const report = checkKnowledge(knowledge.passages, isoDay(new Date()));
  console.log(`Knowledge check: ${report.documents} documents, ${knowledge.passages.length} sections, ${report.withUrl} with an official url`);
  if (report.reviewDue.length) console.log(`Review due (last reviewed more than a year ago):\n  ${report.reviewDue.join("\n  ")}`);
  if (report.errors.length) {
    console.error(`Validity errors:\n  ${report.errors.join("\n  ")}`);
    process.exit(1);
  }
});
