import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { runLoad, type LoadResult } from "./http-load.js";
import { mixedQuestions } from "./mixed-questions.js";
import { compareRetrieval, type Comparison } from "./retrieval-compare.js";
import { runScale, type ScaleFigures } from "./scale.js";
import { textTools } from "./synthetic.js";

/**
 * npm run bench [-- --scale 20000] [--seconds 10] — in one run: index build and load, in-process answer latency
 * over 1,000 mixed questions, /healthz against /api/chat over HTTP on the same server (50 keep-alive
 * connections), 知策's retrieval against a plain BM25 baseline (MiniSearch), and with --scale a synthetic base
 * of that many sections (--scale-only: just that). Prints the figures and writes BENCHMARKS.md.
 */
const args = process.argv.slice(2);
const option = (name: string) => args[args.indexOf(`--${name}`) + 1];
const scale = args.includes("--scale") ? Number(option("scale")) : undefined;
const seconds = args.includes("--seconds") ? Number(option("seconds")) : 10;
/** --scale-only: only the scale benchmark, replacing the scale section of BENCHMARKS.md. */
const scaleOnly = args.includes("--scale-only");
const CONNECTIONS = 50;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const log = (m: string) => console.log(m);

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The real server (npm start's entry point) on the bench's data directory, rate limits off. */
async function httpComparison(dataDir: string): Promise<{ healthz: LoadResult; chat: LoadResult }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, RATE_LIMITS: "off", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (tries > 600 || child.exitCode !== null) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const questions = mixedQuestions(1000, "http").map((t) => t.message);
    await runLoad(`${base}/healthz`, { connections: CONNECTIONS, durationMs: 1000 }); // warm-up
    const healthz = await runLoad(`${base}/healthz`, { connections: CONNECTIONS, durationMs: seconds * 1000 });
    const chat = await runLoad(`${base}/api/chat`, {
      method: "POST", connections: CONNECTIONS, durationMs: seconds * 1000, body: (i) => ({ message: questions[i % questions.length] }),
    });
    return { healthz, chat };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
  }
}

async function main(): Promise<void> {
  const started = new Date();
  if (scaleOnly && scale) {
    const scaled = await runScale(loadConfig(), scale, 256, log);
    const previous = fs.existsSync("BENCHMARKS.md") ? fs.readFileSync("BENCHMARKS.md", "utf8") : "# Benchmarks\n";
    const at = previous.indexOf(SCALE_HEADING);
    const section = renderScale(scaled, started).join("\n");
    console.log(section);
    fs.writeFileSync("BENCHMARKS.md", `${at < 0 ? `${previous}\n` : previous.slice(0, at)}${section}\n`);
    return;
  }
  const loadAverage = os.loadavg();
  const config = loadConfig();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-bench-"));
  const articlesDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-bench-articles-"));
  try {
    log("index build and load …");
    const built = await createAssistant({ ...config, dataDir });
    const buildMs = built.stats.millis;
    await built.close();
    const loadTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const again = await createAssistant({ ...config, dataDir });
      loadTimes.push(again.stats.millis);
      await again.close();
    }
    const assistant = await createAssistant({ ...config, dataDir });

    log("in-process answers …");
    const turns = mixedQuestions(1000, "bench");
    for (const turn of turns.slice(0, 100)) await assistant.answer({ ...turn, sessionId: `warm-${turn.sessionId}`, channel: "api" });
    const answerTimes: number[] = [];
    const cpuBefore = process.cpuUsage();
    for (const turn of turns) {
      const begun = performance.now();
      await assistant.answer({ message: turn.message, sessionId: turn.sessionId, channel: "api" });
      answerTimes.push(performance.now() - begun);
    }
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerAnswer = (cpu.user + cpu.system) / 1000 / turns.length;
    const searchTimes: number[] = [];
    for (const turn of turns) {
      const query = assistant.prepare(turn.message);
      const begun = performance.now();
      await assistant.retriever.search(query, 5);
      searchTimes.push(performance.now() - begun);
    }
    const rssMb = process.memoryUsage().rss / 1024 / 1024;

    log("retrieval against plain BM25 …");
    const { segmenter } = textTools(config);
    const comparisons: Comparison[] = [await compareRetrieval(assistant, segmenter, "evals/dev.jsonl")];
    const stats = assistant.stats;
    await assistant.close();
    const withLaws = await createAssistant({ ...config, knowledgeDirs: [...config.knowledgeDirs, path.resolve("evals/fixtures/imported")], dataDir: articlesDir });
    comparisons.push(await compareRetrieval(withLaws, segmenter, "evals/articles.jsonl"));
    await withLaws.close();

    log(`HTTP, ${CONNECTIONS} connections, ${seconds} s each …`);
    const http = await httpComparison(dataDir);

    let scaled: ScaleFigures | undefined;
    if (scale) {
      log(`scale: ${scale} synthetic sections …`);
      scaled = await runScale(config, scale, 256, log);
    }
    const report = render({ started, loadAverage, stats, buildMs, loadTimes, answerTimes, cpuPerAnswer, searchTimes, rssMb, comparisons, http, scaled });
    console.log(`\n${report}`);
    fs.writeFileSync("BENCHMARKS.md", withPreviousScale(report, scaled));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(articlesDir, { recursive: true, force: true });
  }
}

interface Figures {
  started: Date;
  loadAverage: number[];
  stats: { documents: number; passages: number };
  buildMs: number;
  loadTimes: number[];
  answerTimes: number[];
  cpuPerAnswer: number;
  searchTimes: number[];
  rssMb: number;
  comparisons: Comparison[];
  http: { healthz: LoadResult; chat: LoadResult };
  scaled?: ScaleFigures;
}

const SCALE_HEADING = "## Scale";

function render(f: Figures): string {
  const cpu = os.cpus();
  const { healthz, chat } = f.http;
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench${f.scaled ? ` -- --scale ${f.scaled.sections}` : ""}\` on ${f.started.toISOString()}: ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at start ${f.loadAverage.map((v) => v.toFixed(1)).join(" / ")} (a shared machine: wall-clock figures move with the neighbours; CPU time per answer moves less).`,
    "",
    `Knowledge: ${f.stats.documents} documents, ${f.stats.passages} sections. Index build ${(f.buildMs / 1000).toFixed(1)} s (cold, segmenter included); load ${(percentile(f.loadTimes, 0.5) / 1000).toFixed(2)} s (median of 3, unchanged knowledge).`,
    "",
    "## Answering in process (1,000 mixed questions: dev questions and dev conversations, each turn recorded)",
    "",
    "| answer p50 | answer p99 | CPU per answer | retrieval p50 | retrieval p99 | resident memory |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${ms(percentile(f.answerTimes, 0.5))} | ${ms(percentile(f.answerTimes, 0.99))} | ${ms(f.cpuPerAnswer)} | ${ms(percentile(f.searchTimes, 0.5))} | ${ms(percentile(f.searchTimes, 0.99))} | ${f.rssMb.toFixed(0)} MiB |`,
    "",
    `## HTTP on the same server (\`src/server.ts\`, RATE_LIMITS=off, ${CONNECTIONS} keep-alive connections, one after the other)`,
    "",
    "| endpoint | requests/s | p50 | p99 | errors |",
    "| --- | --- | --- | --- | --- |",
    ...[["GET /healthz", healthz], ["POST /api/chat", chat]].map(([name, r]) => {
      const l = r as LoadResult;
      return `| ${name as string} | ${l.perSecond.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)} | ${l.errors} of ${l.requests} |`;
    }),
    "",
    `/api/chat serves ${pct(chat.perSecond / healthz.perSecond)} of /healthz's requests per second.`,
    "",
    "## Retrieval against plain BM25 (MiniSearch, same jieba words and bigrams, normalised question)",
    "",
    "| set | questions | 知策 hit@1 | BM25 hit@1 | 知策 hit@3 | BM25 hit@3 | 知策 MRR | BM25 MRR |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...f.comparisons.map((c) => `| ${c.file} | ${c.zhice.questions} | ${pct(c.zhice.hitAt1)} | ${pct(c.bm25.hitAt1)} | ${pct(c.zhice.hitAt3)} | ${pct(c.bm25.hitAt3)} | ${pct(c.zhice.mrr)} | ${pct(c.bm25.mrr)} |`),
    "",
    "evals/articles.jsonl runs on the bundled knowledge plus the laws in evals/fixtures/imported.",
  ];
  if (f.scaled) lines.push("", ...renderScale(f.scaled, f.started));
  return lines.join("\n") + "\n";
}

function renderScale(s: ScaleFigures, when: Date): string[] {
  return [
    SCALE_HEADING,
    "",
    `${s.sections.toLocaleString("en")} synthetic sections (bench/synthetic.ts: the real ones, then copies for other places), ${s.vectors.toLocaleString("en")} vectors of ${s.dimensions} dimensions (EMBEDDINGS_DIMENSIONS=${s.dimensions}: 1,024 would not fit the memory target), measured ${when.toISOString()}.`,
    "",
    "| build | index on disk | cold load (child process) | retrieval p50 | retrieval p99 | resident memory |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${(s.buildMs / 1000).toFixed(0)} s | ${s.diskMb.toFixed(0)} MiB | ${(s.load.loadMs / 1000).toFixed(2)} s | ${ms(s.load.p50)} | ${ms(s.load.p99)} | ${s.load.rssMb.toFixed(0)} MiB |`,
    "",
    `Build ${(s.buildMs / 1000).toFixed(0)} s wall clock (${(s.buildCpuMs / 1000).toFixed(0)} s CPU). After one document (${s.load.update.sections} sections) changed, the next start ${s.load.update.incremental ? "updated the index in place" : "rebuilt the index"} in ${(s.load.update.ms / 1000).toFixed(1)} s (load, update, write). HNSW against exact search over the same vectors (200 dev questions, top 10; a hit scoring as well as the 10th exact one counts, since copies for other places tie):`,
    "",
    "| ef | recall@10 | HNSW per query | exact per query | speed-up |",
    "| --- | --- | --- | --- | --- |",
    ...s.recall.map((r) => `| ${r.ef} | ${pct(r.recallAt10)} | ${ms(r.hnswMs)} | ${ms(r.exactMs)} | ${r.speedUp.toFixed(0)}× |`),
  ];
}

/** A run without --scale keeps the scale section of the last run that had one. */
function withPreviousScale(report: string, scaled: ScaleFigures | undefined): string {
  if (scaled || !fs.existsSync("BENCHMARKS.md")) return report;
  const previous = fs.readFileSync("BENCHMARKS.md", "utf8");
  const at = previous.indexOf(SCALE_HEADING);
  return at < 0 ? report : `${report}\n${previous.slice(at)}`;
}

main().catch((error: unknown) => {
  console.error(`Bench failed: ${(error as Error).stack}`);
  process.exit(1);
});
