import { createAssistant, type Assistant } from "./app/create-assistant.js";
import { createHttpApp } from "./channels/http/index.js";
import { createStaffAnswerPush, createWechatApi } from "./channels/wechat/index.js";
import { loadConfig, type Config } from "./config/index.js";
import type { Ticket } from "./feedback/index.js";
import { ZhiceError } from "./errors.js";

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
  const app = createHttpApp({
    assistant: () => assistant,
    bodyLimit: config.bodyLimit,
    wechat: config.wechat,
    staffAccounts: config.staffTokens,
    onTicketAnswered: staffAnswerPush(config, () => assistant),
    promptsDir: config.promptsDir,
    retentionDays: config.ticketRetentionDays,
  });
  if (config.staffTokens.length === 0) console.warn("Staff API disabled: set STAFF_TOKENS=name:token,… to enable /api/staff and /staff");
  const server = app.listen(config.port, config.host, () => {
    console.log(`知策 listening on http://${config.host}:${config.port} (loading knowledge from ${config.knowledgeDir})`);
  });
  server.on("error", fatal);
  assistant = await createAssistant(config, (message) => console.log(`… ${message}`));
  const { documents, passages, rebuilt, millis } = assistant.stats;
  console.log(`Ready: ${documents} documents, ${passages} passages, index ${rebuilt ? "rebuilt" : "loaded"} in ${millis} ms`);
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
  const shutdown = () => server.close(() => void assistant?.close().then(() => process.exit(0)));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch(fatal);
