import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { matchStrength } from "../src/answer/confidence.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "./dataset.js";

/**
 * npm run calibrate [-- --file evals/dev.jsonl --negatives evals/uncovered-calibration.jsonl]
 * Refits the confidence calibration (src/answer/confidence.ts): a logistic regression of "the top
 * section is the right one" on the top candidate's match strength and classifier probability. Positives
 * and ordinary negatives come from the answerable questions that name their section; questions the
 * knowledge does not cover are added as negatives, or a refit would trust any word overlap.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-calibrate-"));
  const assistant = await createAssistant({ ...loadConfig(), dataDir });
  const rows: { x: [number, number]; y: number }[] = [];
  const observe = async (question: string, right: (docId: string, heading: string) => boolean) => {
    const [top] = await assistant.retriever.search(assistant.prepare(question), 1);
    if (top) rows.push({ x: [matchStrength(top), top.classifierProbability], y: right(top.passage.docId, top.passage.heading) ? 1 : 0 });
  };
  for (const item of loadDataset(option("--file", "evals/dev.jsonl"))) {
    if (item.status === "answered" && item.docId) await observe(item.question, (d, h) => d === item.docId && h === item.section);
  }
  for (const item of loadDataset(option("--negatives", "evals/uncovered-calibration.jsonl"))) {
    await observe(item.question, () => false);
  }
  await assistant.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  // Plain gradient descent: three parameters and a few hundred points converge in well under a second.
  const w = [0, 0, 0];
  for (let step = 0; step < 30000; step += 1) {
    const gradient = [0, 0, 0];
    for (const { x, y } of rows) {
      const error = 1 / (1 + Math.exp(-(w[0]! * x[0] + w[1]! * x[1] + w[2]!))) - y;
      gradient[0]! += error * x[0];
      gradient[1]! += error * x[1];
      gradient[2]! += error;
    }
    w.forEach((_, k) => (w[k]! -= (0.5 * gradient[k]!) / rows.length));
  }
  console.log(`${rows.length} questions, top section right for ${rows.filter((r) => r.y === 1).length}`);
  console.log(`CALIBRATION = { strength: ${w[0]!.toFixed(2)}, classifier: ${w[1]!.toFixed(2)}, intercept: ${w[2]!.toFixed(2)} }`);
}

main().catch((error: unknown) => {
  console.error(`Calibration failed: ${(error as Error).stack}`);
  process.exit(1);
});
