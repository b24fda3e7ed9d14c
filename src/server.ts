import { once } from "node:events";
import { createAssistant, type Assistant } from "./app/create-assistant.js";
import { createHttpApp } from "./channels/http/index.js";
import { createStaffAnswerPush, createWechatApi } from "./channels/wechat/index.js";
import { loadConfig, type Config } from "./config/index.js";
import type { Ticket } from "./feedback/index.js";
import { ZhiceError } from "./errors.js";
import { createRateLimiter, createSessionIds, loadSecret, memoryRateLimitStore, sqlRateLimitStore, type RateLimitStore } from "./security/index.js";

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

function fatal(error: unknown): never {
  const message = error instanceof ZhiceError ? `${error.code}: ${error.message}` : (error as Error).stack;
  console.error(`Start-up failed — ${message}`);
  process.exit(1);
}

/** Listens at once (healthz says "loading"), then loads or builds the index in the background. */
async function main(): Promise<void> {
  const config = loadConfig();
  let assistant: Assistant | null = null;
  const { security } = config;
  // Counters in memory until the database is open; in it (shared by instances) with DATABASE_URL.
  let limitStore: RateLimitStore = memoryRateLimitStore();
  const app = createHttpApp({
    assistant: () => assistant,
    bodyLimit: config.bodyLimit,
    streaming: config.llm?.mode === "answer",
    wechat: config.wechat,
    staffAccounts: config.staffTokens,
    onTicketAnswered: staffAnswerPush(config, () => assistant),
    sessionIds: createSessionIds(loadSecret(config.dataDir, "session-secret", security.sessionSecret)),
    rateLimiter: createRateLimiter(security.rateLimits, () => limitStore),
    nonceStore: () => limitStore,
    trustProxy: security.trustProxy,
    corsOrigins: security.corsOrigins,
    promptsDir: config.promptsDir,
    retentionDays: config.ticketRetentionDays,
  });
  if (config.databaseUrl && !(security.sessionSecret && security.dataEncryptionKey)) {
    console.warn("Several instances share DATABASE_URL: set SESSION_SECRET and DATA_ENCRYPTION_KEY to the same values on each (or share DATA_DIR)");
  }
  if (!security.rateLimits) console.warn("RATE_LIMITS=off: no rate limits or ticket quotas");
  if (config.staffTokens.length === 0) console.warn("Staff API disabled: set STAFF_TOKENS=name:token,… to enable /api/staff and /staff");
  const server = app.listen(config.port, config.host, () => {
    console.log(`知策 listening on http://${config.host}:${config.port} (loading knowledge from ${config.knowledgeDir})`);
  });
  server.on("error", fatal);
  // Registered at once: a SIGTERM while the index loads stops the process too. Idle keep-alive
  // connections are closed so server.close() does not wait for clients.
  const shutdown = () => {
    server.close();
    server.closeIdleConnections();
    void Promise.resolve(assistant?.close()).finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // Bound before the (CPU-heavy) index load starts, so health checks see "loading", not a refused port.
  await once(server, "listening");
  const ready = await createAssistant(config, (message) => console.log(`… ${message}`));
  if (config.databaseUrl) limitStore = sqlRateLimitStore(ready.storage.driver);
  assistant = ready;
  const { documents, passages, rebuilt, millis } = assistant.stats;
  console.log(`Ready: ${documents} documents, ${passages} passages, index ${rebuilt ? "rebuilt" : "loaded"} in ${millis} ms`);
  if (config.llm) {
    const { mode, model, baseUrl, timeoutMs } = config.llm;
    console.log(`Language model: LLM_MODE=${mode}, ${model} at ${baseUrl}, ${timeoutMs} ms per question, prompts ${assistant.llm?.prompts}; the extractive answer stands in when it is late, fails or is rejected`);
  }
  const purge = async () => {
    try {
      const { tickets, answers } = assistant!.storage;
      const closed = await tickets.purgeClosed(config.ticketRetentionDays);
      const logged = await answers.purgeOlderThan(config.ticketRetentionDays);
      if (closed + logged > 0) console.log(`Retention: deleted personal data of ${closed} closed tickets and ${logged} logged answers`);
    } catch (error) {
      console.error(`Retention purge failed: ${(error as Error).message}`);
    }
  };
  void purge();
  setInterval(purge, 24 * 3_600_000).unref();
}

main().catch(fatal);
