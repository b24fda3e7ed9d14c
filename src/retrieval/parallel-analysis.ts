import { Worker } from "node:worker_threads";
import type { AnalysedChunk, AnalysisJob } from "./analysis-worker.js";
import { type Featurize, featureListStarts, passageFeatures, type TextToolsRecipe } from "./passage-analysis.js";
import type { PassageText } from "./passage-text.js";
import { workerSource } from "./worker-source.js";

/** From this many passages a second thread analyses part of them (below, it would not repay starting jieba again). */
export const ANALYSIS_WORKER_FROM = 5_000;
/**
 * The share this thread analyses itself: it also numbers every passage's features and adds them to BM25, about
 * 0.4 of analysing one, so 0.3 here and 0.7 in the worker finish together (measured on the synthetic 20,000 base).
 */
const OWN_SHARE = 0.3;
/** The worker first analyses this many of this thread's passages: its tools must give the very same features. */
const CHECKED = 16;
const CHUNK = 500;

interface Tools {
  featurize: Featurize;
  featurizeQuestion: Featurize;
}

/**
 * Each passage's feature lists (passageFeatures), in passage order. From ANALYSIS_WORKER_FROM passages, with a
 * recipe for the tools, a worker thread analyses the last 70% while this thread does the first 30%; when the
 * worker cannot start, fails, or gives other features than this thread for the same passages, this thread
 * analyses what is left itself (`onNote` says why). Same lists either way.
 */
export async function* analysedInOrder(
  passages: readonly PassageText[],
  tools: Tools,
  recipe: TextToolsRecipe | undefined,
  onNote: (message: string) => void = () => {},
  workerFrom = ANALYSIS_WORKER_FROM,
): AsyncGenerator<string[][]> {
  const own = (p: PassageText) => passageFeatures(p, tools.featurize, tools.featurizeQuestion);
  const split = Math.max(CHECKED, Math.floor(passages.length * OWN_SHARE));
  const worker = recipe && passages.length >= workerFrom ? startWorker(recipe, [...passages.slice(0, CHECKED), ...passages.slice(split)], onNote) : undefined;
  const checked: string[][][] = [];
  for (let i = 0; i < (worker ? split : passages.length); i += 1) {
    const lists = own(passages[i]!);
    if (i < CHECKED) checked.push(lists);
    yield lists;
  }
  if (!worker) return;
  let usable = true;
  for (let i = 0; i < CHECKED; i += 1) {
    const theirs = await worker.next(passages[i]!);
    if (!theirs || JSON.stringify(theirs) !== JSON.stringify(checked[i])) {
      onNote(theirs ? "the analysis worker's features differ from this thread's: analysing here" : "the analysis worker stopped: analysing here");
      usable = false;
      break;
    }
  }
  if (!usable) await worker.stop();
  for (let i = split; i < passages.length; i += 1) {
    const theirs = usable ? await worker.next(passages[i]!) : undefined;
    if (usable && !theirs) {
      onNote(`the analysis worker stopped after ${i - split} passages: analysing the rest here`);
      usable = false;
      await worker.stop();
    }
    yield theirs ?? own(passages[i]!);
  }
  if (usable) await worker.stop();
}

/** The worker and its chunks, read passage by passage; next() is undefined once it failed or ended. */
function startWorker(recipe: TextToolsRecipe, passages: PassageText[], onNote: (message: string) => void) {
  let worker: Worker;
  try {
    const [entry, options] = workerSource("analysis-worker");
    const job: AnalysisJob = { recipe, passages: passages.map(({ title, heading, body, phrasings, article }) => ({ title, heading, body, phrasings, article })), chunk: CHUNK };
    worker = new Worker(entry, { ...options, workerData: job });
  } catch (error) {
    onNote(`no analysis worker (${(error as Error).message}): analysing here`);
    return undefined;
  }
  const chunks: AnalysedChunk[] = [];
  const names: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => (wake?.(), (wake = undefined));
  worker.on("message", (chunk: AnalysedChunk) => (chunks.push(chunk), notify()));
  worker.on("error", (error) => (onNote(`analysis worker failed: ${error.message}`), (ended = true), notify()));
  worker.on("exit", () => ((ended = true), notify()));
  let current: AnalysedChunk | undefined;
  let [passageInChunk, listAt, idAt] = [0, 0, 0];
  return {
    async next(passage: PassageText): Promise<string[][] | undefined> {
      while (!current || passageInChunk === current.passages) {
        const chunk = chunks.shift();
        if (chunk) {
          for (const name of chunk.names) names.push(name);
          [current, passageInChunk, listAt, idAt] = [chunk, 0, 0, 0];
          continue;
        }
        if (ended) return undefined;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const count = featureListStarts(passage)[3];
      const lists: string[][] = [];
      for (let l = 0; l < count; l += 1) {
        const length = current.lengths[listAt++]!;
        lists.push(Array.from(current.ids.subarray(idAt, idAt + length), (id) => names[id]!));
        idAt += length;
      }
      passageInChunk += 1;
      return lists;
    },
    stop: () => worker.terminate(),
  };
}
