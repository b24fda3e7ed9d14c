import { createAssistant, type Assistant } from "./app/create-assistant.js";
import { createHttpApp } from "./channels/http/index.js";
import { loadConfig } from "./config/index.js";
import { ZhiceError } from "./errors.js";

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
  });
  if (config.staffTokens.length === 0) console.warn("Staff API disabled: set STAFF_TOKENS=name:token,… to enable /api/staff and /staff");
  const server = app.listen(config.port, config.host, () => {
    console.log(`知策 listening on http://${config.host}:${config.port} (loading knowledge from ${config.knowledgeDir})`);
  });
  server.on("error", fatal);
  assistant = await createAssistant(config, (message) => console.log(`… ${message}`));
  const { documents, passages, rebuilt, millis } = assistant.stats;
  console.log(`Ready: ${documents} documents, ${passages} passages, index ${rebuilt ? "rebuilt" : "loaded"} in ${millis} ms`);
  const purge = () =>
    assistant!.storage.tickets
      .purgeClosed(config.ticketRetentionDays)
      .then((n) => n > 0 && console.log(`Retention: deleted personal data of ${n} closed tickets`))
      .catch((error: Error) => console.error(`Retention purge failed: ${error.message}`));
  void purge();
  setInterval(purge, 24 * 3_600_000).unref();
  const shutdown = () => server.close(() => void assistant?.close().then(() => process.exit(0)));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch(fatal);
