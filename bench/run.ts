import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAssistant, segmenterFor } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { runLoad, type LoadResult } from "./http-load.js";
import { mixedQuestions } from "./mixed-questions.js";
import { compareRetrieval, type Comparison } from "./retrieval-compare.js";
import { runScale, type ScaleFigures } from "./scale.js";
import { freePort } from "./free-port.js";

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

/** CPU seconds a process has used so far (Linux /proc; null elsewhere): what a restart costs whatever the neighbours do. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Whether dist/ is compiled from the current sources (as `npm start` would run it). */
function compiledUpToDate(): boolean {
  if (!fs.existsSync("dist/.built")) return false;
  const built = fs.statSync("dist/.built").mtimeMs;
  const sources = fs.readdirSync("src", { recursive: true }).map(String).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  return sources.every((f) => fs.statSync(path.join("src", f)).mtimeMs <= built);
}

/**
 * The real server on the bench's data directory (its index up to date: a restart), rate limits off, one
 * process: compiled (dist/server.js) when dist/ is up to date, else through tsx. Measures the restart too:
 * when the port first answers, whether /healthz says 503 loading meanwhile, and when it is ready.
 */
async function httpComparison(dataDir: string): Promise<{ healthz: HttpFigures; chat: HttpFigures; restart: Restart }> {
  const port = await freePort();
  const compiled = compiledUpToDate();
  const started = performance.now();
  const child = spawn(process.execPath, compiled ? ["dist/server.js"] : ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, RATE_LIMITS: "off", LOG_LEVEL: "warn", WORKERS: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    let firstMs: number | null = null;
    let loading: string | null = null;
    for (;;) {
      const answer = await fetch(`${base}/healthz`).then(async (r) => ({ status: r.status, body: await r.text() }), () => null);
      if (answer && firstMs === null) firstMs = performance.now() - started;
      if (answer?.status === 503) loading ??= answer.body;
      if (answer?.status === 200) break;
      if (performance.now() - started > 300_000 || child.exitCode !== null) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const restart: Restart = { compiled, firstMs: firstMs ?? 0, readyMs: performance.now() - started, cpuSeconds: cpuSeconds(child.pid), loading };
    const questions = mixedQuestions(1000, "http").map((t) => t.message);
    const chatBody = (i: number) => ({ message: questions[i % questions.length] });
    // Warm-up, as the in-process figures have: a freshly started server's first answers run cold code (each tens of
    // ms), and 50 of them queued at once would put seconds into the p99 of a 10-second run.
    await runLoad(`${base}/healthz`, { connections: CONNECTIONS, durationMs: 1000 });
    await runLoad(`${base}/api/chat`, { method: "POST", connections: CONNECTIONS, durationMs: 2000, body: chatBody });
    // The server's CPU time per request: what the load costs the server, whatever the neighbours (and the load generator) take.
    const measured = async (path: string, options: Parameters<typeof runLoad>[1]): Promise<HttpFigures> => {
      const before = cpuSeconds(child.pid);
      const result = await runLoad(`${base}${path}`, options);
      const after = cpuSeconds(child.pid);
      return { ...result, cpuMsPerRequest: before === null || after === null ? null : ((after - before) * 1000) / Math.max(1, result.requests) };
    };
    const healthz = await measured("/healthz", { connections: CONNECTIONS, durationMs: seconds * 1000 });
    const chat = await measured("/api/chat", { method: "POST", connections: CONNECTIONS, durationMs: seconds * 1000, body: chatBody });
    return { healthz, chat, restart };
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
    const withoutTicket: number[] = [];
    const cpuBefore = process.cpuUsage();
    for (const turn of turns) {
      const begun = performance.now();
      const response = await assistant.answer({ message: turn.message, sessionId: turn.sessionId, channel: "api" });
      answerTimes.push(performance.now() - begun);
      if (!response.ticketId) withoutTicket.push(performance.now() - begun);
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
    // The baseline cuts with the assistant's own jieba dictionary ("the same tokenizer").
    const comparisons: Comparison[] = [await compareRetrieval(assistant, segmenterFor({ ...config, dataDir }, assistant.knowledge), "evals/dev.jsonl")];
    const stats = assistant.stats;
    await assistant.close();
    const lawsConfig = { ...config, knowledgeDirs: [...config.knowledgeDirs, path.resolve("knowledge/official")], dataDir: articlesDir };
    const withLaws = await createAssistant(lawsConfig);
    comparisons.push(await compareRetrieval(withLaws, segmenterFor(lawsConfig, withLaws.knowledge), "evals/articles.jsonl"));
    await withLaws.close();

    log(`HTTP, ${CONNECTIONS} connections, ${seconds} s each …`);
    const http = await httpComparison(dataDir);

    let scaled: ScaleFigures | undefined;
    if (scale) {
      log(`scale: ${scale} synthetic sections …`);
      scaled = await runScale(config, scale, 256, log);
    }
    const report = render({ started, loadAverage, stats, buildMs, loadTimes, answerTimes, withoutTicket, cpuPerAnswer, searchTimes, rssMb, comparisons, http, scaled });
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
  /** The answers that opened no ticket (a ticket is committed to disk before its reply names it). */
  withoutTicket: number[];
  cpuPerAnswer: number;
  searchTimes: number[];
  rssMb: number;
  comparisons: Comparison[];
  http: { healthz: HttpFigures; chat: HttpFigures; restart: Restart };
  scaled?: ScaleFigures;
}

interface HttpFigures extends LoadResult {
  /** The server process's CPU time per request during the load (null where /proc is not available). */
  cpuMsPerRequest: number | null;
}

interface Restart {
  compiled: boolean;
  /** Since the process was started: the port's first answer, and /healthz 200. */
  firstMs: number;
  readyMs: number;
  /** CPU time the server process used until ready. */
  cpuSeconds: number | null;
  /** What /healthz said before it was ready (null: it was never asked in time). */
  loading: string | null;
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
    `Knowledge: ${f.stats.documents} documents, ${f.stats.passages} sections. Index build ${(f.buildMs / 1000).toFixed(1)} s (cold, segmenter included); load ${(percentile(f.loadTimes, 0.5) / 1000).toFixed(2)} s (median of 3, unchanged knowledge, in a process that already loaded it).`,
    "",
    "## Restart on an up-to-date index (a new server process, WORKERS=1)",
    "",
    "| server | port answers | /healthz while loading | ready (/healthz 200) | CPU time until ready |",
    "| --- | --- | --- | --- | --- |",
    `| ${f.http.restart.compiled ? "compiled (`node dist/server.js`)" : "through tsx (dist/ out of date)"} | ${(f.http.restart.firstMs / 1000).toFixed(2)} s | ${f.http.restart.loading ? `503 \`${f.http.restart.loading}\`` : "–"} | ${(f.http.restart.readyMs / 1000).toFixed(2)} s | ${f.http.restart.cpuSeconds === null ? "–" : `${f.http.restart.cpuSeconds.toFixed(2)} s`} |`,
    "",
    "## Answering in process (1,000 mixed questions: dev questions and dev conversations, each turn recorded)",
    "",
    "| answer p50 | answer p99 | CPU per answer | retrieval p50 | retrieval p99 | resident memory |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${ms(percentile(f.answerTimes, 0.5))} | ${ms(percentile(f.answerTimes, 0.99))} | ${ms(f.cpuPerAnswer)} | ${ms(percentile(f.searchTimes, 0.5))} | ${ms(percentile(f.searchTimes, 0.99))} | ${f.rssMb.toFixed(0)} MiB |`,
    "",
    `${f.answerTimes.length - f.withoutTicket.length} of the ${f.answerTimes.length.toLocaleString("en")} answers opened a ticket (committed to disk, one fsync, before the reply names it); the other ${f.withoutTicket.length}: p50 ${ms(percentile(f.withoutTicket, 0.5))}, p99 ${ms(percentile(f.withoutTicket, 0.99))}.`,
    "",
    `## HTTP on the same server (the restarted one above, RATE_LIMITS=off, ${CONNECTIONS} keep-alive connections, one endpoint after the other, after a warm-up of each)`,
    "",
    "| endpoint | requests/s | p50 | p99 | server CPU per request | errors |",
    "| --- | --- | --- | --- | --- | --- |",
    ...([["GET /healthz", healthz], ["POST /api/chat", chat]] as const).map(
      ([name, l]) => `| ${name} | ${l.perSecond.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)} | ${l.cpuMsPerRequest === null ? "–" : ms(l.cpuMsPerRequest)} | ${l.errors} of ${l.requests} |`,
    ),
    "",
    `/api/chat serves ${pct(chat.perSecond / healthz.perSecond)} of /healthz's requests per second.`,
    "",
    "## Retrieval against plain BM25 (MiniSearch, same jieba words and bigrams, normalised question)",
    "",
    "| set | questions | 知策 hit@1 | BM25 hit@1 | 知策 hit@3 | BM25 hit@3 | 知策 MRR | BM25 MRR |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...f.comparisons.map((c) => `| ${c.file} | ${c.zhice.questions} | ${pct(c.zhice.hitAt1)} | ${pct(c.bm25.hitAt1)} | ${pct(c.zhice.hitAt3)} | ${pct(c.bm25.hitAt3)} | ${pct(c.zhice.mrr)} | ${pct(c.bm25.mrr)} |`),
    "",
    "evals/articles.jsonl runs on the bundled knowledge plus the laws in knowledge/official.",
  ];
  if (f.scaled) lines.push("", ...renderScale(f.scaled, f.started));
  return lines.join("\n") + "\n";
}

function renderScale(s: ScaleFigures, when: Date): string[] {
  return [
    SCALE_HEADING,
    "",
    `${s.sections.toLocaleString("en")} synthetic sections (bench/synthetic.ts: the real sections, then each copied again and again "for another place" — a place name before its title, heading and three 常见问法, one sentence of another section after its body — so the base is a few hundred sections in many near-identical variants, not a library of distinct texts), ${s.vectors.toLocaleString("en")} vectors of ${s.dimensions} dimensions (EMBEDDINGS_DIMENSIONS=${s.dimensions}: 1,024 would not fit the memory target), measured ${when.toISOString()}.`,
    "",
    "| build | index on disk | cold load (child process) | retrieval p50 | retrieval p99 | resident memory |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${(s.buildMs / 1000).toFixed(0)} s | ${s.diskMb.toFixed(0)} MiB | ${(s.load.loadMs / 1000).toFixed(2)} s | ${ms(s.load.p50)} | ${ms(s.load.p99)} | ${s.load.rssMb.toFixed(0)} MiB |`,
    "",
    ...(s.load.loadThread && s.load.perQuery
      ? [`Cold load: the main thread ${(s.load.loadThread.runningMs / 1000).toFixed(2)} s on a core, ${(s.load.loadThread.waitingMs / 1000).toFixed(2)} s waiting for one, ${(s.load.loadThread.blockedMs / 1000).toFixed(2)} s blocked (reading files). Retrieval, mean per query: ${ms(s.load.perQuery.runningMs)} on a core, ${ms(s.load.perQuery.waitingMs)} waiting for one (a shared machine's other work).`, ""]
      : []),
    `Build ${(s.buildMs / 1000).toFixed(0)} s wall clock (${(s.buildCpuMs / 1000).toFixed(0)} s CPU, all threads${s.buildThread ? `; the main thread ${(s.buildThread.runningMs / 1000).toFixed(0)} s on a core, ${(s.buildThread.waitingMs / 1000).toFixed(0)} s ready but waiting for one, ${(s.buildThread.blockedMs / 1000).toFixed(0)} s blocked` : ""}). After one document (${s.load.update.sections} sections) changed, the next start ${s.load.update.incremental ? "updated the index in place" : "rebuilt the index"} in ${(s.load.update.ms / 1000).toFixed(1)} s (load, update, write). HNSW against exact search over the same vectors (200 dev questions, top 10; a hit is one of the exact 10 or scores as well as the 10th; "by score": within 0.01 of the 10th, since copies for other places nearly tie — a median ${s.nearTenth.median} vectors per question lie that close, ${s.nearTenth.p90} at the 90th percentile):`,
    "",
    "| ef | recall@10 | by score | HNSW per query | exact per query | speed-up |",
    "| --- | --- | --- | --- | --- | --- |",
    ...s.recall.map((r) => `| ${r.ef}${r.ef === s.retrieverEf ? " (the retriever's)" : ""} | ${pct(r.recallAt10)} | ${pct(r.byScore)} | ${ms(r.hnswMs)} | ${ms(r.exactMs)} | ${r.speedUp.toFixed(0)}× |`),
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
