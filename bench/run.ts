import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "../evals/dataset.js";

/**
 * npm run bench — index build and load time, answer latency and memory, measured in one run.
 * Latencies are medians over rounds of the whole dev set, so a noisy neighbour moves them less.
 */
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-bench-"));
  const config = { ...loadConfig(), dataDir };
  const built = await createAssistant(config);
  const buildMs = built.stats.millis;
  await built.close();
  const loadTimes: number[] = [];
  let assistant = built;
  for (let i = 0; i < ROUNDS; i += 1) {
    assistant = await createAssistant(config);
    loadTimes.push(assistant.stats.millis);
    if (i < ROUNDS - 1) await assistant.close();
  }
  const questions = loadDataset("evals/dev.jsonl").map((item) => item.question);
  const answerTimes: number[] = [];
  const searchTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, message] of questions.entries()) {
      let started = performance.now();
      await assistant.answer({ message, sessionId: `bench-${round}-${i}`, channel: "api" });
      answerTimes.push(performance.now() - started);
      started = performance.now();
      await assistant.retriever.search(assistant.prepare(message), 5);
      searchTimes.push(performance.now() - started);
    }
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  await assistant.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`knowledge: ${built.stats.documents} documents, ${built.stats.passages} passages`);
  console.log(`index build (cold, incl. segmenter load): ${ms(buildMs)}`);
  console.log(`index load (unchanged knowledge), median of ${ROUNDS}: ${ms(median(loadTimes))}  → build/load ratio ${(buildMs / median(loadTimes)).toFixed(2)}`);
  console.log(`answer latency over ${answerTimes.length} questions: median ${ms(median(answerTimes))}, p95 ${ms(percentile(answerTimes, 0.95))}`);
  console.log(`search latency (hotline look-up): median ${ms(median(searchTimes))}, p95 ${ms(percentile(searchTimes, 0.95))}`);
  console.log(`resident memory after the run: ${rssMb.toFixed(0)} MiB`);
}

main().catch((error: unknown) => {
  console.error(`Bench failed: ${(error as Error).stack}`);
  process.exit(1);
});
