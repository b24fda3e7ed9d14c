import crypto from "node:crypto";
import { createAssistant } from "../app/create-assistant.js";
import { loadConfig } from "../config/index.js";
import { runCli } from "./run-cli.js";

runCli(async (args) => {
  const json = args.includes("--json");
  // Trying a question out must not put tickets in the staff queue: only --record writes.
  const dryRun = !args.includes("--record");
  const question = args.filter((a) => a !== "--json" && a !== "--record").join(" ").trim();
  if (!question) throw new Error('Usage: npm run ask -- "问题" [--json] [--record]');
  const assistant = await createAssistant(loadConfig());
  const response = await assistant.answer({ message: question, sessionId: crypto.randomUUID(), channel: "api" }, { dryRun });
  if (json) {
    console.log(JSON.stringify(response, null, 2));
  } else {
    console.log(`[${assistant.replies.label(response.status)} · ${response.status} · 置信度 ${response.confidence}]`);
    console.log(response.answer);
    if (response.ticketId) console.log(`工单号：${response.ticketId}`);
    for (const c of response.citations) console.log(`引用：${c.title} · ${c.section}｜${c.issuer}${c.docNo ? `｜${c.docNo}` : ""}`);
    if (response.suggestions?.length) console.log(`您还可以问：${response.suggestions.join("；")}`);
  }
  await assistant.close();
});
