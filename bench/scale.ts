import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../src/config/index.js";
import { loadDataset } from "../evals/dataset.js";
import { efFor } from "../src/retrieval/hnsw-vector-store.js";
import { openSearchIndex } from "../src/retrieval/index.js";
import { topK } from "../src/retrieval/top-k.js";
import { syntheticKnowledge, textTools } from "./synthetic.js";
import { threadTime, wallSplit } from "./thread-time.js";

export interface ScaleFigures {
  sections: number;
  vectors: number;
  dimensions: number;
  buildMs: number;
  buildCpuMs: number;
  /** The build's main thread: on a core, ready but waiting for one, blocked (I/O, waiting for a worker); Linux only. */
  buildThread?: { runningMs: number; waitingMs: number; blockedMs: number };
  diskMb: number;
  load: {
    loadMs: number; rebuilt: boolean; queries: number; p50: number; p99: number; rssMb: number;
    /** The child's main thread while loading, and per query (mean): on a core, waiting for one (Linux only). */
    loadThread?: { runningMs: number; waitingMs: number; blockedMs: number };
    perQuery?: { runningMs: number; waitingMs: number };
    /** Opening the index again after one document (`sections` of them) changed. */
    update: { ms: number; sections: number; incremental: boolean };
  };
  /** recallAt10: a hit is one of the exact 10 or scores as well as the 10th; byScore: within 0.01 of the 10th. */
  recall: { ef: number; recallAt10: number; byScore: number; hnswMs: number; exactMs: number; speedUp: number }[];
  /** Per query, how many vectors score within 0.01 of the exact 10th (median, 90th percentile): how close the copies crowd. */
  nearTenth: { median: number; p90: number };
  /** The breadth the retriever searches this base with (efFor). */
  retrieverEf: number;
}

function directorySize(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? directorySize(file) : fs.statSync(file).size);
  }, 0);
}

/**
 * The scale benchmark: builds an index of `count` synthetic sections (bench/synthetic.ts), loads it cold in a
 * child process (load time, retrieval latency, memory), and measures HNSW recall@10 against exact search over
 * the same vectors at several ef, with the speed-up.
 */
export async function runScale(config: Config, count: number, dimensions: number, log: (m: string) => void): Promise<ScaleFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-scale-"));
  try {
    const tools = textTools(config);
    const knowledge = syntheticKnowledge(tools.knowledge, count);
    const embeddings = { ...config.embeddings, dimensions };
    let started = performance.now();
    const cpuBefore = process.cpuUsage();
    const threadBefore = threadTime();
    const { index } = await openSearchIndex({
      knowledge, dataDir, segmenter: tools.segmenter, embeddings, featurizeQuestion: tools.featurizeQuestion, textTools: tools.recipe,
      // Each step with the wall clock and CPU time since the build began: what a large build spends its time on.
      onProgress: (m) => {
        if (/^embedded/.test(m) && !/embedded \d+0000\//.test(m)) return;
        const cpuNow = process.cpuUsage(cpuBefore);
        log(`  [${((performance.now() - started) / 1000).toFixed(0)} s, CPU ${((cpuNow.user + cpuNow.system) / 1e6).toFixed(0)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB] ${m}`);
      },
    });
    const buildMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const buildCpuMs = (cpu.user + cpu.system) / 1000;
    const buildThread = wallSplit(buildMs, threadBefore, threadTime());
    const split = buildThread
      ? ` (main thread: ${(buildThread.runningMs / 1000).toFixed(0)} s on a core, ${(buildThread.waitingMs / 1000).toFixed(0)} s waiting for one, ${(buildThread.blockedMs / 1000).toFixed(0)} s blocked)`
      : "";
    log(`  built in ${(buildMs / 1000).toFixed(1)} s, ${(buildCpuMs / 1000).toFixed(0)} s CPU${split}`);
    const diskMb = directorySize(path.join(dataDir, "index")) / 1024 / 1024;
    const child = execFileSync(process.execPath, ["--import", "tsx", "bench/scale-child.ts", dataDir, String(count), String(dimensions)], {
      encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"],
    });
    const load = JSON.parse(child.trim().split("\n").at(-1)!) as ScaleFigures["load"];
    log(`  cold load ${(load.loadMs / 1000).toFixed(2)} s, query p50 ${load.p50.toFixed(2)} ms, RSS ${load.rssMb.toFixed(0)} MiB`);
    if (load.perQuery) log(`  per query (mean): ${load.perQuery.runningMs.toFixed(2)} ms on a core, ${load.perQuery.waitingMs.toFixed(2)} ms waiting for one`);
    log(`  one document changed (${load.update.sections} sections): ${load.update.incremental ? "updated" : "REBUILT"} in ${(load.update.ms / 1000).toFixed(1)} s`);

    // Exact search over the very vectors HNSW holds.
    const store = index.vectors;
    const labels = store.labelCount;
    const vectors = new Float32Array(labels * dimensions);
    for (let label = 0; label < labels; label += 1) vectors.set(store.entry(label).vector, label * dimensions);
    const queries = await Promise.all(
      loadDataset("evals/dev.jsonl").slice(0, 200).map((item) => index.embeddings.embedQuery(tools.prepare(item.question).expanded)),
    );
    const usable = queries.filter((q) => q.some((v) => v !== 0));
    started = performance.now();
    const exact = usable.map((query) => {
      const scores = new Float32Array(labels);
      for (let label = 0; label < labels; label += 1) {
        let dot = 0;
        for (let d = 0, at = label * dimensions; d < dimensions; d += 1) dot += query[d]! * vectors[at + d]!;
        scores[label] = dot;
      }
      const top = topK(scores, 10);
      // Copies for other places tie with each other: an HNSW hit counts when it scores as well as the 10th exact one.
      const tenth = scores[top[top.length - 1]!]!;
      let near = 0;
      for (const score of scores) if (score >= tenth - 0.01) near += 1;
      return { labels: new Set(top), tenth, near };
    });
    const nearCounts = exact.map((e) => e.near).sort((a, b) => a - b);
    const nearTenth = { median: nearCounts[nearCounts.length >> 1] ?? 0, p90: nearCounts[Math.floor(nearCounts.length * 0.9)] ?? 0 };
    const exactMs = (performance.now() - started) / usable.length;
    const recall: ScaleFigures["recall"] = [];
    const retrieverEf = efFor(store.size);
    for (const ef of [...new Set([16, 64, 128, 256, 512, 1024, 2048, retrieverEf])].sort((a, b) => a - b)) {
      store.setEfSearch(ef);
      started = performance.now();
      const found = [];
      for (const query of usable) found.push(await store.similaritySearchVectorWithScore(query, 10));
      const hnswMs = (performance.now() - started) / usable.length;
      const hits = found.reduce((sum, hits, i) => sum + hits.filter(([doc, score]) => exact[i]!.labels.has(Number(doc.metadata.label)) || score >= exact[i]!.tenth - 1e-6).length, 0);
      const close = found.reduce((sum, hits, i) => sum + hits.filter(([, score]) => score >= exact[i]!.tenth - 0.01).length, 0);
      recall.push({ ef, recallAt10: hits / (usable.length * 10), byScore: close / (usable.length * 10), hnswMs, exactMs, speedUp: exactMs / hnswMs });
      log(`  ef ${ef}: recall@10 ${(hits / (usable.length * 10)).toFixed(3)}, ${hnswMs.toFixed(2)} ms against ${exactMs.toFixed(1)} ms`);
    }
    return { sections: count, vectors: store.size, dimensions, buildMs, buildCpuMs, ...(buildThread ? { buildThread } : {}), diskMb, load, recall, nearTenth, retrieverEf };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
