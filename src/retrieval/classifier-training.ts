import { Worker } from "node:worker_threads";
import { type ClassifierArrays, type ClassifierExample, SectionClassifier } from "./section-classifier.js";
import { workerSource } from "./worker-source.js";

/**
 * What the classifier trains on, as flat arrays a worker thread can take without copying: section s's
 * vocabulary is vocabularyTerms[vocabularyOffsets[s] .. vocabularyOffsets[s + 1]); example e belongs to
 * section exampleSections[e] and has the features exampleTerms[exampleOffsets[e] .. exampleOffsets[e + 1]).
 * Features are term numbers; `names[term]` is the string questions are matched by.
 */
export interface TrainingSet {
  sections: string[];
  vocabularyOffsets: Uint32Array;
  vocabularyTerms: Uint32Array;
  exampleSections: Uint32Array;
  exampleOffsets: Uint32Array;
  exampleTerms: Uint32Array;
  names: string[];
}

/**
 * Below this many sections the classifier trains in the build's own thread: a few tenths of a second at most,
 * less than starting a worker. Above, its time grows with the square of the sections (5 s at the bundled 845) and
 * would block the event loop, so it trains in a worker.
 */
export const WORKER_FROM_SECTIONS = 200;

/** Trains exactly as SectionClassifier.train on the same examples, in the calling thread. */
export function trainFromSet(set: TrainingSet): SectionClassifier {
  const vocabulary = new Map<string, Uint32Array>();
  set.sections.forEach((id, s) => vocabulary.set(id, set.vocabularyTerms.subarray(set.vocabularyOffsets[s]!, set.vocabularyOffsets[s + 1]!)));
  const examples: ClassifierExample<number>[] = Array.from(set.exampleSections, (s, e) => ({
    sectionId: set.sections[s]!,
    features: set.exampleTerms.subarray(set.exampleOffsets[e]!, set.exampleOffsets[e + 1]!),
  }));
  return SectionClassifier.train(examples, vocabulary, {}, (term) => set.names[term]!);
}

/**
 * Trains in a worker thread while the caller goes on (a large build inserts its vectors meanwhile: the two
 * longest steps then share the machine's cores instead of running one after the other). Same weights as
 * training here: the steps run in the same order. Falls back to this thread when no worker can start (a test
 * runner that cannot load the worker's source, for example); `onFallback` says why.
 */
export function trainInWorker(set: TrainingSet, onFallback: (reason: string) => void = () => {}): Promise<SectionClassifier> {
  let worker: Worker;
  try {
    const [entry, options] = workerSource("classifier-worker");
    worker = new Worker(entry, { ...options, workerData: set });
  } catch (error) {
    onFallback((error as Error).message);
    return Promise.resolve(trainFromSet(set));
  }
  return new Promise<SectionClassifier>((resolve, reject) => {
    let settled = false;
    worker.once("message", (state: ClassifierArrays) => {
      settled = true;
      resolve(SectionClassifier.fromState(state));
    });
    worker.once("error", (error) => {
      if (settled) return;
      settled = true;
      onFallback(error.message);
      try {
        resolve(trainFromSet(set));
      } catch (failure) {
        reject(failure);
      }
    });
    worker.once("exit", (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`classifier worker exited with code ${code} before it finished`));
    });
  });
}
