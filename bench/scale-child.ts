import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "../evals/dataset.js";
import { createHybridRetriever, openSearchIndex } from "../src/retrieval/index.js";
import { syntheticKnowledge, textTools } from "./synthetic.js";
import { threadTime, wallSplit } from "./thread-time.js";

/**
 * Cold load of a synthetic index in a fresh process (argv: dataDir, sections, dimensions), then retrieval
 * latency over the dev questions and the resident memory, then the time to open it again after one document
 * changed (an update in place); prints one JSON line for bench/scale.ts.
 */
const [dataDir, count, dimensions] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const config = loadConfig();
const tools = textTools(config);
const knowledge = syntheticKnowledge(tools.knowledge, count);
const started = performance.now();
const loadBefore = threadTime();
const { index, rebuilt } = await openSearchIndex({
  knowledge, dataDir, segmenter: tools.segmenter, embeddings: { ...config.embeddings, dimensions }, featurizeQuestion: tools.featurizeQuestion, textTools: tools.recipe,
  onProgress: (m) => process.stderr.write(`  ${m}\n`), // where the load time goes (stdout is the JSON line)
});
const loadMs = performance.now() - started;
const loadThread = wallSplit(loadMs, loadBefore, threadTime());
const retriever = createHybridRetriever(index, tools.segmenter);
const questions = loadDataset("evals/dev.jsonl").map((item) => tools.prepare(item.question));
await retriever.search(questions[0]!, 5); // first search computes the per-base tables (contradicted sections, regions)
const times: number[] = [];
const queriesBefore = threadTime();
const queriesStarted = performance.now();
for (let round = 0; round < 2; round += 1) {
  for (const query of questions) {
    const begun = performance.now();
    await retriever.search(query, 5);
    times.push(performance.now() - begun);
  }
}
// On a shared machine the wall clock per query includes waiting for a core: the split says how much.
const queryThread = wallSplit(performance.now() - queriesStarted, queriesBefore, threadTime());
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

// One document changes (its sections' text) and the index is opened again: updated in place, not rebuilt.
const docId = knowledge.passages.at(-1)!.docId;
const changed = {
  ...knowledge,
  contentHash: `${knowledge.contentHash}+one-document-changed`,
  passages: knowledge.passages.map((p) => (p.docId === docId ? { ...p, body: `${p.body}本段内容已于近日更新。` } : p)),
};
const begun = performance.now();
const again = await openSearchIndex({
  knowledge: changed, dataDir, segmenter: tools.segmenter, embeddings: { ...config.embeddings, dimensions }, featurizeQuestion: tools.featurizeQuestion, textTools: tools.recipe,
});
const update = { ms: performance.now() - begun, sections: changed.passages.filter((p) => p.docId === docId).length, incremental: again.updated !== undefined };
const perQuery = queryThread && { runningMs: queryThread.runningMs / times.length, waitingMs: queryThread.waitingMs / times.length };
console.log(JSON.stringify({ loadMs, rebuilt, queries: times.length, p50: at(0.5), p99: at(0.99), rssMb, update, ...(loadThread ? { loadThread } : {}), ...(perQuery ? { perQuery } : {}) }));
