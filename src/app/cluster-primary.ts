import { fork as forkProcess, type ChildProcess } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import { ZhiceError } from "../errors.js";
import type { Config } from "../config/index.js";
import { openFeedbackStorage } from "../feedback/index.js";
import type { Logger } from "../ops/logger.js";
import { primaryMetrics } from "../ops/cluster-metrics.js";
import { loadSecret } from "../security/index.js";
import { indexIsCurrent, prepareIndex } from "./create-assistant.js";
import { isFaqMessage } from "./faq-sync.js";
import { PREPARE_INDEX_ARG } from "./prepare-arg.js";

/** A worker that dies sooner than this after starting is restarted after a pause, not at once. */
const QUICK_DEATH_MS = 10_000;

export { PREPARE_INDEX_ARG };

/**
 * Builds or refreshes the index, runs the database migrations and generates the secrets in
 * DATA_DIR: once per start, in a process of its own, so workers never race and only load.
 */
export async function prepareOnce(config: Config, logger: Logger): Promise<void> {
  const began = performance.now();
  loadSecret(config.dataDir, "session-secret", config.security.sessionSecret);
  const storage = await openFeedbackStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, encryptionKey: config.security.dataEncryptionKey });
  await storage.close();
  // An index current for the knowledge is only loaded, by each worker: loading it here too only to learn that would add its load time.
  const now = indexIsCurrent(config);
  const { rebuilt, knowledge } = now.current ? { rebuilt: false, knowledge: now.knowledge } : await prepareIndex(config, (message) => logger.info(message));
  logger.info({ passages: knowledge.passages.length, rebuilt, millis: Math.round(performance.now() - began) }, `index ${rebuilt ? "built" : "up to date"}; workers load it`);
}

/** Runs prepareOnce in a child process: the primary's event loop stays free to hand connections to the workers. */
function prepareInChild(onChild: (child: ChildProcess) => void): Promise<void> {
  const child = forkProcess(process.argv[1]!, [...process.argv.slice(2), PREPARE_INDEX_ARG], { execArgv: process.execArgv, stdio: "inherit" });
  onChild(child);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new ZhiceError("INDEX_FAILED", `preparing the index failed (exit ${code ?? signal}); see the lines above`)),
    );
  });
}

/**
 * The node:cluster primary: forks `workers` server processes at once (they listen and answer
 * "loading"), builds or refreshes the index, the database schema and the generated secrets once,
 * then lets the workers load. It restarts a worker that dies, relays FAQ publications and metric
 * scrapes between workers, and on SIGTERM drains every worker before exiting.
 */
export async function runPrimary(config: Config, logger: Logger, fatal: (error: unknown) => never): Promise<void> {
  let indexReady = false;
  let stopping = false;
  let preparing: ChildProcess | null = null;
  const waiting = new Set<Worker>();
  const started = new Map<number, number>();
  const metrics = primaryMetrics();
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
  };
  cluster.on("message", (worker, message: { type?: string }) => {
    if (message?.type === "zhice:index-wanted") {
      if (indexReady) worker.send({ type: "zhice:index-ready" });
      else waiting.add(worker);
    } else if (isFaqMessage(message)) {
      for (const other of Object.values(cluster.workers ?? {})) if (other && other.id !== worker.id && other.isConnected()) other.send(message);
    } else {
      metrics(worker, message);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    waiting.delete(worker);
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info("all workers stopped");
        process.exit(0);
      }
      return;
    }
    logger.error({ worker: worker.process.pid, code, signal, livedMs: lived }, "worker died; starting another");
    setTimeout(fork, lived < QUICK_DEATH_MS ? 1_000 : 0);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    logger.info({ signal, workers: workers.length }, "stopping: draining every worker");
    preparing?.kill("SIGTERM");
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill("SIGTERM");
    // Workers cut what is left after SHUTDOWN_TIMEOUT_MS themselves; this is the backstop.
    setTimeout(() => {
      logger.error("workers did not stop in time; killing them");
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  logger.info({ workers: config.workers }, `cluster primary: starting ${config.workers} workers`);
  for (let i = 0; i < config.workers; i += 1) fork();
  try {
    await prepareInChild((child) => (preparing = child));
    preparing = null;
  } catch (error) {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    fatal(error);
  }
  indexReady = true;
  for (const worker of waiting) if (worker.isConnected()) worker.send({ type: "zhice:index-ready" });
  waiting.clear();
}
