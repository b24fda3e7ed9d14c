import cluster from "node:cluster";
import { listenEarly } from "./app/early-listener.js";
import { PREPARE_INDEX_ARG } from "./app/prepare-arg.js";
import { loadConfig } from "./config/index.js";
import { ZhiceError } from "./errors.js";
import { createLogger, type Logger } from "./ops/logger.js";

let logger: Logger | null = null;

function fatal(error: unknown): never {
  const message = error instanceof ZhiceError ? `${error.code}: ${error.message}` : ((error as Error)?.stack ?? String(error));
  if (logger) logger.fatal({ err: error }, `start-up failed — ${message}`);
  // Also plainly on stderr: a bad setting must be readable without a log viewer.
  process.stderr.write(`Start-up failed — ${message}\n`);
  process.exit(1);
}

/** WORKERS > 1: a node:cluster primary and its workers; WORKERS=1: one process does everything. */
async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger(config.logLevel);
  if (process.argv.includes(PREPARE_INDEX_ARG)) {
    // The cluster primary's helper process: index, migrations, secrets; then exit.
    const { prepareOnce } = await import("./app/cluster-primary.js");
    await prepareOnce(config, logger.child({ role: "prepare" }));
    process.exit(0);
  }
  if (cluster.isPrimary) {
    if (config.databaseUrl && !(config.security.sessionSecret && config.security.dataEncryptionKey)) {
      logger.warn("several instances share DATABASE_URL: set SESSION_SECRET and DATA_ENCRYPTION_KEY to the same values on each (or share DATA_DIR)");
    }
    if (!config.security.rateLimits) logger.warn("RATE_LIMITS=off: no rate limits or ticket quotas");
    if (config.staffTokens.length === 0) logger.warn("staff API disabled: set STAFF_TOKENS=name:token,… to enable /api/staff and /staff");
    if (config.workers > 1) return (await import("./app/cluster-primary.js")).runPrimary(config, logger, fatal);
  }
  // The port first (answering "loading"), then the application's modules: importing them takes seconds.
  const early = await listenEarly(config.port, config.host);
  const { serve } = await import("./app/serve.js");
  return serve(config, cluster.isWorker ? logger.child({ worker: cluster.worker?.id }) : logger, fatal, early);
}

main().catch(fatal);
