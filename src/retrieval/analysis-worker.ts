import { parentPort, workerData } from "node:worker_threads";
import { passageFeatures, type TextToolsRecipe, textToolsFrom } from "./passage-analysis.js";
import type { PassageText } from "./passage-text.js";
import { TermTable } from "./term-table.js";

/** What the analysis worker is given: how to make the text tools, and the passages to analyse, in order. */
export interface AnalysisJob {
  recipe: TextToolsRecipe;
  passages: PassageText[];
  chunk: number;
}

/**
 * One chunk of analysed passages: each passage's feature lists one after the other, as term numbers of this
 * worker's own table (`names` are the terms it met for the first time in this chunk), each list's length in `lengths`.
 */
export interface AnalysedChunk {
  passages: number;
  lengths: Uint32Array;
  ids: Uint32Array;
  names: string[];
}

// The worker thread of analysedInOrder (parallel-analysis.ts): analyses its passages and sends them in chunks.
const { recipe, passages, chunk } = workerData as AnalysisJob;
const { featurize, featurizeQuestion } = textToolsFrom(recipe);
const table = new TermTable();
let named = 0;
for (let start = 0; start < passages.length; start += chunk) {
  const lists = passages.slice(start, start + chunk).flatMap((p) => passageFeatures(p, featurize, featurizeQuestion).map((list) => table.ids(list)));
  const lengths = Uint32Array.from(lists, (list) => list.length);
  const ids = new Uint32Array(lengths.reduce((sum, n) => sum + n, 0));
  let at = 0;
  for (const list of lists) {
    ids.set(list, at);
    at += list.length;
  }
  const all = table.all();
  const message: AnalysedChunk = { passages: Math.min(chunk, passages.length - start), lengths, ids, names: all.slice(named) };
  named = all.length;
  parentPort!.postMessage(message, [lengths.buffer, ids.buffer] as ArrayBuffer[]);
}
