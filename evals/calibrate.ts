import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { matchStrength } from "../src/answer/confidence.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "./dataset.js";

/**
 * npm run calibrate [-- --file evals/dev.jsonl]
 * Refits the confidence calibration (src/answer/confidence.ts): a logistic regression of "the top
 * section is the expected one" on the match strength of the top candidate, over the answerable
 * questions that name their section. Run it after the knowledge or the retriever changed much.
 * Caution: it sees only answerable questions, so a refit tends to raise confidence for questions the
 * knowledge does not cover; check that such questions still escalate (feedback-loop test) before adopting.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.includes("--file") ? args[args.indexOf("--file") + 1]! : "evals/dev.jsonl";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-calibrate-"));
  const assistant = await createAssistant({ ...loadConfig(), dataDir });
  const xs: number[] = [];
  const ys: number[] = [];
  for (const item of loadDataset(file)) {
    if (item.status !== "answered" || !item.docId) continue;
    const [top] = await assistant.retriever.search(assistant.prepare(item.question), 1);
    if (!top) continue;
    xs.push(matchStrength(top));
    ys.push(top.passage.docId === item.docId && top.passage.heading === item.section ? 1 : 0);
  }
  await assistant.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  // Plain gradient descent: two parameters and a few hundred points converge in well under a second.
  let slope = 0;
  let intercept = 0;
  for (let step = 0; step < 20000; step += 1) {
    let gradSlope = 0;
    let gradIntercept = 0;
    xs.forEach((x, i) => {
      const error = 1 / (1 + Math.exp(-(slope * x + intercept))) - ys[i]!;
      gradSlope += error * x;
      gradIntercept += error;
    });
    slope -= (0.5 * gradSlope) / xs.length;
    intercept -= (0.5 * gradIntercept) / xs.length;
  }
  const correct = ys.filter((y) => y === 1).length;
  console.log(`${xs.length} questions, top section right for ${correct}`);
  console.log(`CALIBRATION = { slope: ${slope.toFixed(2)}, intercept: ${intercept.toFixed(2)} }`);
}

main().catch((error: unknown) => {
  console.error(`Calibration failed: ${(error as Error).stack}`);
  process.exit(1);
});
