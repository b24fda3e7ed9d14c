import fs from "node:fs";
import hnswlib from "hnswlib-node";
import { loadConfig } from "../src/config/index.js";
import { loadDataset } from "../evals/dataset.js";
import { askTexts } from "../src/retrieval/index-build.js";
import { CorpusEmbeddings } from "../src/retrieval/corpus-embeddings.js";
import { indexText } from "../src/retrieval/passage-text.js";
import { topK } from "../src/retrieval/top-k.js";
import { syntheticKnowledge, textTools } from "./synthetic.js";

/**
 * npx tsx bench/hnsw-tuning.ts <sections> <M,efConstruction> [<M,efConstruction>…] [--ef 64,128,256,512]
 * [--cache file] — the scale base's vectors only (no BM25, no classifier), then for each graph setting:
 * insertion time, and recall@10 against exact search over the same vectors at several ef, counted two ways:
 * strictly (a hit is one of the exact 10, or scores as well as the 10th) and by score (a hit scores within
 * 0.01 of the exact 10th: near-copies of one section for other places differ by less). Prints how many exact
 * neighbours lie that close, to show how degenerate the base is. --cache keeps the vectors and questions in a
 * file (written the first time), so that several settings can be tried without embedding the base again.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const efs = (option("--ef") ?? "64,128,256,512").split(",").map(Number);
const cache = option("--cache");
const [count, ...settings] = [Number(args[0]), ...args.slice(1)];
const dimensions = 256;

/** The base's vectors (one after the other) and the dev questions' vectors, embedded or read from the cache. */
function vectorsAndQueries(): { flat: Float32Array; queries: number[][] } {
  if (cache && fs.existsSync(cache)) {
    const { flat, queries } = JSON.parse(fs.readFileSync(`${cache}.json`, "utf8")) as { flat: number; queries: number[][] };
    const bytes = fs.readFileSync(cache);
    return { flat: new Float32Array(bytes.buffer, bytes.byteOffset, flat), queries };
  }
  const started = performance.now();
  const config = loadConfig();
  const tools = textTools(config);
  const knowledge = syntheticKnowledge(tools.knowledge, count);
  const embeddings = new CorpusEmbeddings((text: string) => tools.segmenter.features(text), { dimensions, documentCount: 0, idf: {} });
  embeddings.fit(knowledge.passages.map(indexText));
  const texts = knowledge.passages.flatMap((p) => [indexText(p), ...askTexts(p)]);
  const flat = new Float32Array(texts.length * dimensions);
  texts.forEach((t, i) => flat.set(embeddings.embedText(t), i * dimensions));
  const queries = loadDataset("evals/dev.jsonl").slice(0, 200).map((item) => embeddings.embedText(tools.prepare(item.question).expanded)).filter((q) => q.some((v) => v !== 0));
  console.log(`${count} sections, ${texts.length} vectors embedded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (cache) {
    fs.writeFileSync(cache, flat);
    fs.writeFileSync(`${cache}.json`, JSON.stringify({ flat: flat.length, queries }));
  }
  return { flat, queries };
}

const { flat, queries } = vectorsAndQueries();
const size = flat.length / dimensions;
let started = performance.now();
const exact = queries.map((query) => {
  const scores = new Float32Array(size);
  for (let label = 0; label < size; label += 1) {
    let dot = 0;
    for (let d = 0, at = label * dimensions; d < dimensions; d += 1) dot += query[d]! * flat[at + d]!;
    scores[label] = dot;
  }
  const top = topK(scores, 10);
  const tenth = scores[top[top.length - 1]!]!;
  let close = 0;
  for (const s of scores) if (s >= tenth - 0.01) close += 1;
  return { labels: new Set(top), tenth, close };
});
const exactMs = (performance.now() - started) / queries.length;
const closes = exact.map((e) => e.close).sort((a, b) => a - b);
console.log(`${size} vectors; exact ${exactMs.toFixed(1)} ms/query; vectors within 0.01 of the 10th: median ${closes[closes.length >> 1]}, p90 ${closes[Math.floor(closes.length * 0.9)]}`);

for (const setting of settings) {
  const [m, efConstruction] = setting.split(",").map(Number) as [number, number];
  const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
  index.initIndex(size, m, efConstruction);
  started = performance.now();
  for (let label = 0; label < size; label += 1) index.addPoint(Array.from(flat.subarray(label * dimensions, (label + 1) * dimensions)), label);
  const buildS = (performance.now() - started) / 1000;
  console.log(`M ${m}, efConstruction ${efConstruction}: inserted in ${buildS.toFixed(1)} s`);
  for (const ef of efs) {
    index.setEf(ef);
    started = performance.now();
    const found = queries.map((q) => index.searchKnn(q, 10));
    const ms = (performance.now() - started) / queries.length;
    let strict = 0;
    let byScore = 0;
    found.forEach(({ neighbors, distances }, i) => {
      neighbors.forEach((label, j) => {
        const score = 1 - distances[j]!;
        if (exact[i]!.labels.has(label) || score >= exact[i]!.tenth - 1e-6) strict += 1;
        if (score >= exact[i]!.tenth - 0.01) byScore += 1;
      });
    });
    const n = queries.length * 10;
    console.log(`  ef ${ef}: strict ${((strict / n) * 100).toFixed(1)}%, by score ${((byScore / n) * 100).toFixed(1)}%, ${ms.toFixed(2)} ms (${(exactMs / ms).toFixed(0)}×)`);
  }
}
