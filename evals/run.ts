import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "./dataset.js";
import { citationMetrics } from "./metrics/citation.js";
import { containsKeyFact, keyFactMetric } from "./metrics/key-fact.js";
import { retrievalMetrics } from "./metrics/retrieval.js";
import { routingMetrics } from "./metrics/routing.js";
import { uncoveredMetric } from "./metrics/uncovered.js";
import type { EvalRecord } from "./metrics/types.js";

/**
 * npm run eval [-- --file evals/dev.jsonl] [--failures] [--strict]
 * Runs every dev-set question through the real pipeline (a throwaway ticket database).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.includes("--file") ? args[args.indexOf("--file") + 1]! : "evals/dev.jsonl";
  const items = loadDataset(file);
  // A throwaway data directory: eval tickets never reach the real queue (the index builds in seconds).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-eval-"));
  const assistant = await createAssistant({ ...loadConfig(), dataDir });
  const records: EvalRecord[] = [];
  for (const [i, item] of items.entries()) {
    const response = await assistant.answer({ message: item.question, sessionId: `eval-${item.id}`, channel: "api" });
    const ranking =
      item.status === "answered" && item.docId
        ? (await assistant.retriever.search(assistant.prepare(item.question), 10)).map((c) => `${c.passage.docId}#${c.passage.heading}`)
        : [];
    records.push({ item, response, ranking });
    if ((i + 1) % 50 === 0) process.stderr.write(`… ${i + 1}/${items.length}\n`);
  }
  await assistant.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  // A set of questions the knowledge does not cover has no answerable items to rank or check.
  const answerable = records.some((r) => r.item.status === "answered");
  const metrics = [
    ...(answerable ? [...retrievalMetrics(records), keyFactMetric(records), ...citationMetrics(records)] : []),
    ...routingMetrics(records),
    ...uncoveredMetric(records),
  ];
  console.log(`Dev set ${file}: ${items.length} questions`);
  for (const m of metrics) {
    const mark = m.value >= m.threshold ? "ok  " : "FAIL";
    console.log(`${mark} ${m.name.padEnd(24)} ${(m.value * 100).toFixed(1).padStart(5)}%  (threshold ${(m.threshold * 100).toFixed(0)}%)${m.detail ? `  ${m.detail}` : ""}`);
  }
  if (args.includes("--failures")) {
    for (const r of records) {
      const wrongStatus = r.response.status !== r.item.status;
      const wrongDoc = r.item.status === "answered" && (r.item.docId
        ? r.ranking[0] !== `${r.item.docId}#${r.item.section}`
        : !containsKeyFact(r.response.answer, r.item.keyFact));
      if (wrongStatus || wrongDoc) {
        console.log(`- [${r.item.id}] ${r.item.question}\n    expected ${r.item.status}${r.item.status === "answered" ? ` ${r.item.docId}#${r.item.section}` : ""}; got ${r.response.status} (${r.response.confidence}) ${r.ranking[0] ?? r.response.citations[0]?.section ?? ""}${r.response.status === "answered" ? ` cited ${r.response.citations[0]?.docId}#${r.response.citations[0]?.section}` : ""}`);
      }
    }
  }
  if (args.includes("--strict") && metrics.some((m) => m.value < m.threshold)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`Eval failed: ${(error as Error).stack}`);
  process.exit(1);
});
