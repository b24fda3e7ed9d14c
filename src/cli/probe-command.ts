import crypto from "node:crypto";
import fs from "node:fs";
import { createAssistant } from "../app/create-assistant.js";
import { loadConfig } from "../config/index.js";
import { runCli } from "./run-cli.js";

/**
 * npm run probe -- questions.txt [--top N] [--record]
 * For knowledge editors: how the assistant routes a batch of questions (one per line, # comments),
 * with the sections retrieval ranks first, so a missing lexicon entry or 常见问法 shows at a glance.
 */
runCli(async (args) => {
  const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
  if (!file) throw new Error("Usage: npm run probe -- questions.txt [--top N] [--record]");
  if (!fs.existsSync(file)) throw new Error(`Question file not found: ${file}`);
  const top = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 3;
  const questions = fs.readFileSync(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const assistant = await createAssistant(loadConfig());
  for (const question of questions) {
    // Probing opens no tickets unless asked to (--record).
    const response = await assistant.answer({ message: question, sessionId: crypto.randomUUID(), channel: "api" }, { dryRun: !args.includes("--record") });
    const ranked = await assistant.retriever.search(assistant.prepare(question), top);
    console.log(`? ${question}`);
    console.log(`  ${response.status} (${response.confidence})${response.citations.map((c) => ` 「${c.docId}#${c.section}」`).join("")}`);
    for (const c of ranked) console.log(`    ${c.score.toFixed(3)} ${c.passage.docId}#${c.passage.heading}`);
    if (response.status === "answered") console.log(`  → ${response.answer.split("\n")[0]}`);
  }
  await assistant.close();
});
