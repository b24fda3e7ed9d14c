import cluster from "node:cluster";
import { once } from "node:events";
import type http from "node:http";
import { createHttpApp } from "../channels/http/index.js";
import { createStaffAnswerPush, createWechatApi } from "../channels/wechat/index.js";
import type { Config } from "../config/index.js";
import type { Ticket } from "../feedback/index.js";
import { createDrain } from "../ops/drain.js";
import type { Logger } from "../ops/logger.js";
import { createMetrics } from "../ops/metrics.js";
import { workerScrape } from "../ops/cluster-metrics.js";
import { createRateLimiter, createSessionIds, loadSecret, memoryRateLimitStore, sqlRateLimitStore, type RateLimitStore } from "../security/index.js";
import type { Assistant } from "./create-assistant.js";
import { startFaqSync, type FaqSync } from "./faq-sync.js";
import { createPorts, type AppPorts } from "./ports.js";

/** Pushes staff answers to WeChat followers when an AppSecret is configured; otherwise nothing. */
function staffAnswerPush(config: Config, assistant: () => Assistant | null) {
  const wechat = config.wechat;
  if (!wechat?.appSecret || !wechat.appId) return undefined;
  const api = createWechatApi({ apiBase: wechat.apiBase, appId: wechat.appId, appSecret: wechat.appSecret });
  return async (ticket: Ticket) => {
    const ready = assistant();
    if (ready) await createStaffAnswerPush(api, ready.replies, ready.storage.tickets)(ticket);
  };
}

/** A cluster worker waits for the primary to have built the index, so it only loads it. */
function indexBuiltByPrimary(): Promise<void> {
  if (!cluster.isWorker) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = (message: { type?: string }) => {
      if (message?.type !== "zhice:index-ready") return;
      process.off("message", listener);
      resolve();
    };
    process.on("message", listener);
    process.send?.({ type: "zhice:index-wanted" });
  });
}

/**
 * One server process (alone, or a cluster worker): listens at once (/healthz and /readyz say
 * "loading", the API answers 503 with Retry-After), then loads the assistant; drains on SIGTERM.
 */
export async function serve(
  config: Config,
  logger: Logger,
  fatal: (error: unknown) => never,
  /** A server already listening (early-listener.ts) that the app takes over; otherwise the app listens itself. */
  early?: { server: http.Server; handOver(app: http.RequestListener): void },
): Promise<void> {
  let assistant: Assistant | null = null;
  let ports: AppPorts | null = null;
  let faqSync: FaqSync | null = null;
  const clustered = cluster.isWorker;
  const { security } = config;
  const metricSources = { queueDepth: async () => (ports ? ports.queueDepth() : null), indexSections: () => ports?.indexSections() ?? null };
  let metrics = createMetrics(metricSources, { processMetrics: true });
  if (clustered) {
    const shared = workerScrape(metrics.registry);
    metrics = { ...metrics, scrape: shared.scrape };
    process.on("message", shared.onMessage);
  }
  process.on("message", (message) => faqSync?.onMessage(message));
  // Counters in memory until the database is open; then in it when it is shared (PostgreSQL, or SQLite under several workers).
  let limitStore: RateLimitStore = memoryRateLimitStore();
  const drain = createDrain();
  const app = createHttpApp({
    ports: () => ports,
    metrics,
    metricsToken: config.metricsToken,
    drain,
    logger,
    bodyLimit: config.bodyLimit,
    streaming: config.llm?.mode === "answer",
    wechat: config.wechat,
    staffAccounts: config.staffTokens,
    sessionIds: createSessionIds(loadSecret(config.dataDir, "session-secret", security.sessionSecret)),
    rateLimiter: createRateLimiter(security.rateLimits, () => limitStore),
    nonceStore: () => limitStore,
    trustProxy: security.trustProxy,
    corsOrigins: security.corsOrigins,
    promptsDir: config.promptsDir,
    retentionDays: config.ticketRetentionDays,
  });
  const listening = () =>
    logger.info({ host: config.host, port: config.port, knowledge: config.knowledgeDirs }, `知策 listening on http://${config.host}:${config.port}, loading knowledge`);
  let server: http.Server;
  if (early) {
    early.handOver(app);
    server = early.server;
    listening();
  } else {
    server = app.listen(config.port, config.host, listening);
  }
  server.on("error", fatal);
  // Registered at once: a SIGTERM while the index loads stops the process too.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: drain.inFlight() }, "draining: no new connections, finishing requests in flight");
    const { cut } = await drain.drain(server, config.shutdownTimeoutMs);
    if (cut > 0) logger.warn({ cut, timeoutMs: config.shutdownTimeoutMs }, "shutdown timeout: cut requests still in flight");
    try {
      await faqSync?.stop();
      await assistant?.close();
    } catch (error) {
      logger.error({ err: error }, "closing the database failed");
    }
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Bound before the (CPU-heavy) index load starts, so health checks see "loading", not a refused port.
  if (!server.listening) await once(server, "listening");
  await indexBuiltByPrimary();
  // Imported only now: the native text and vector modules load after the port is open.
  const { createAssistant } = await import("./create-assistant.js");
  const ready = await createAssistant(config, (message) => logger.info(message));
  if (config.databaseUrl || clustered) limitStore = sqlRateLimitStore(ready.storage.driver);
  assistant = ready;
  const built = createPorts(ready, {
    metrics,
    log: logger,
    onAnswered: staffAnswerPush(config, () => assistant),
    announceFaq: async (doc) => faqSync?.announce(doc),
  });
  faqSync = await startFaqSync({
    // pg loads only with PostgreSQL configured (a tenth of a second at every start otherwise).
    feed: config.databaseUrl ? (await import("../feedback/faq-feed.js")).createFaqFeed(ready.storage.driver, config.databaseUrl) : null,
    receive: built.receiveFaq,
    log: logger,
    ...(clustered ? { send: (message) => process.send?.(message) } : {}),
  });
  ports = built;
  const { documents, passages, rebuilt, millis } = ready.stats;
  logger.info({ documents, passages, rebuilt, millis, uptimeMs: Math.round(process.uptime() * 1000) }, `ready: index ${rebuilt ? "rebuilt" : "loaded"} in ${millis} ms`);
  if (config.llm) {
    const { mode, model, baseUrl, timeoutMs } = config.llm;
    logger.info({ mode, model, baseUrl, timeoutMs, prompts: ready.llm?.prompts }, "language model on; the extractive answer stands in when it is late, fails or is rejected");
  }
  const purge = async () => {
    try {
      const { tickets, answers } = ready.storage;
      const closed = await tickets.purgeClosed(config.ticketRetentionDays);
      const logged = await answers.purgeOlderThan(config.ticketRetentionDays);
      if (closed + logged > 0) logger.info({ closed, logged }, "retention: deleted personal data of closed tickets and old logged answers");
    } catch (error) {
      logger.error({ err: error }, "retention purge failed");
    }
  };
  // Idempotent: every instance and worker may run it.
  void purge();
  setInterval(purge, 24 * 3_600_000).unref();
}
