import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { confidenceFeatures, type AnswerContext, type ChatRequest } from "../src/answer/index.js";
import { isRawArticle } from "../src/answer/raw-article.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { loadConversations } from "./conversation-dataset.js";
import { loadDataset } from "./dataset.js";
import { containsKeyFact } from "./metrics/key-fact.js";

type Row = { x: number[]; y: number; article: boolean; articleSet: boolean };

/** Plain gradient descent on the logistic loss: five parameters and about a thousand points. */
function fit(rows: readonly Row[]): number[] {
  const w = new Array<number>(rows[0]!.x.length + 1).fill(0);
  for (let step = 0; step < 30000; step += 1) {
    const gradient = new Array<number>(w.length).fill(0);
    for (const { x, y } of rows) {
      const z = x.reduce((s, v, k) => s + w[k]! * v, w[x.length]!);
      const error = 1 / (1 + Math.exp(-z)) - y;
      x.forEach((v, k) => (gradient[k]! += error * v));
      gradient[x.length]! += error;
    }
    w.forEach((_, k) => (w[k]! -= (0.5 * gradient[k]!) / rows.length));
  }
  return w;
}

/**
 * The sets fitted on: the dev sets and the retired held-out batches (written blind, measured once,
 * then retired into evals/). They hold far more questions asking a figure than the dev set alone, so
 * the fit can learn what a section without an answer of the form asked is worth.
 */
const QUESTION_SETS = ["evals/dev.jsonl", "evals/heldout-2026-12-06.jsonl", "evals/check-2026-11-26.jsonl", "evals/spec-check.jsonl"];
const CONVERSATION_SETS = ["evals/conversations.jsonl", "evals/heldout-conversations-2026-12-06.jsonl"];
/**
 * Each uncovered question counts this many times. The answerable sets grew by half when the retired
 * batches joined them; the 35 uncovered questions keep the weight they had beside the dev sets alone
 * (about one row in sixteen), or the fit would learn that word overlap nearly always holds the fact.
 */
const NEGATIVE_WEIGHT = 2;

/**
 * npm run calibrate [-- --file F … --conversations F … --negatives F … --articles evals/articles.jsonl]
 * Refits the confidence calibration (src/answer/confidence.ts): a logistic regression of "the answer
 * holds the key fact" on the best section's match strength, classifier probability and frame agreement,
 * observed where the pipeline judges it (after the frames are aligned). Questions the knowledge does not
 * cover are negatives, or a refit would trust any word overlap. Never fit on a held-out batch. Where a raw article
 * (src/answer/raw-article.ts) is the best section, the row goes to ARTICLE_CALIBRATION instead.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // A repeated option (--file a --file b) lists several sets; without it, the defaults.
  const options = (name: string, fallback: readonly string[]) => {
    const given = args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
    return given.length > 0 ? given : fallback;
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-calibrate-"));
  const assistant = await createAssistant({ ...loadConfig(), dataDir });
  const rows: Row[] = [];
  let articleSet = false;
  const observe = (context: AnswerContext, right: boolean) => {
    const top = context.candidates[0];
    if (top && context.status !== "out_of_scope" && !context.needsStaff) {
      rows.push({ x: confidenceFeatures(top, context.agreement ?? undefined), y: right ? 1 : 0, article: isRawArticle(top.passage), articleSet });
    }
  };
  // The answer is composed whatever the confidence, so the label is what the reply would have said.
  const ask = (request: ChatRequest) => assistant.explain(request);
  for (const item of options("--file", QUESTION_SETS).flatMap(loadDataset)) {
    if (item.status !== "answered") continue;
    const { context } = await ask({ message: item.question, sessionId: `cal-${item.id}`, channel: "api" });
    observe(context, wouldHold(context, item.keyFact));
  }
  for (const conversation of options("--conversations", CONVERSATION_SETS).flatMap(loadConversations)) {
    for (const turn of conversation.turns) {
      const { context } = await ask({ message: turn.message, sessionId: `cal-${conversation.id}`, channel: "api" });
      if (turn.status === "answered") observe(context, wouldHold(context, turn.keyFact));
    }
  }
  for (const item of options("--negatives", ["evals/uncovered-calibration.jsonl"]).flatMap(loadDataset)) {
    const { context } = await ask({ message: item.question, sessionId: `cal-${item.id}`, channel: "api" });
    for (let i = 0; i < NEGATIVE_WEIGHT; i++) observe(context, false);
  }
  // Questions about single articles (only with the laws loaded: KNOWLEDGE_DIRS=knowledge,knowledge/official) feed
  // the raw-article calibration alone, so the curated one is fitted on the same questions as before.
  articleSet = true;
  for (const file of options("--articles", [])) {
    for (const item of loadDataset(file)) {
      if (item.status !== "answered") continue;
      const { context } = await ask({ message: item.question, sessionId: `cal-${item.id}`, channel: "api" });
      observe(context, wouldHold(context, item.keyFact));
    }
  }
  await assistant.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const report = (name: string, subset: Row[]) => {
    if (subset.length === 0) return console.log(`${name}: no questions`);
    const [strength, classifier, aspect, missing, form, intercept] = fit(subset).map((v) => v.toFixed(2));
    console.log(`${subset.length} questions, the answer holds the fact for ${subset.filter((r) => r.y === 1).length}`);
    console.log(`${name} = { strength: ${strength}, classifier: ${classifier}, aspect: ${aspect}, missing: ${missing}, form: ${form}, intercept: ${intercept} }`);
  };
  report("CALIBRATION", rows.filter((r) => !r.article && !r.articleSet));
  report("ARTICLE_CALIBRATION", rows.filter((r) => r.article));
}

/** Whether an answer composed from the best section would hold the key fact (the best section's text, whatever the route). */
function wouldHold(context: AnswerContext, keyFact: string): boolean {
  const top = context.candidates[0];
  return context.status === "answered" ? containsKeyFact(context.answer, keyFact) : Boolean(top && containsKeyFact(top.passage.body, keyFact));
}

main().catch((error: unknown) => {
  console.error(`Calibration failed: ${(error as Error).stack}`);
  process.exit(1);
});
