import path from "node:path";
import { createBufferedAnswerLog, type BufferedAnswerLog } from "./buffered-answer-log.js";
import { migrate } from "./migrations.js";
import type { SqlDriver } from "./sql-driver.js";
import { createSealer, loadSecret } from "../security/index.js";
import { createSqlTicketRepository, sealLegacyQuestions } from "./sql-ticket-repository.js";
import { createSqliteDriver } from "./sqlite-driver.js";
import type { TicketRepository } from "./ticket-repository.js";
import { ticketStats, type TicketStats } from "./ticket-stats.js";

export interface FeedbackStorage {
  tickets: TicketRepository;
  /** Written behind the answer path in batches (see buffered-answer-log.ts); close() flushes it. */
  answers: BufferedAnswerLog;
  stats(): Promise<TicketStats>;
  driver: SqlDriver;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** postgres://… for a shared queue; without it, SQLite under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** DATA_ENCRYPTION_KEY; without it a key generated into dataDir. */
  encryptionKey?: string;
  /** Tickets one session may file in 24 hours; null or absent = no limit. */
  ticketsPerDay?: number | null;
}

/** Opens the configured database, runs pending migrations, and wires the repositories. */
export async function openFeedbackStorage(options: StorageOptions): Promise<FeedbackStorage> {
  const driver = options.databaseUrl
    ? await (await import("./postgres-driver.js")).createPostgresDriver(options.databaseUrl) // pg loads only when used
    : createSqliteDriver(path.join(options.dataDir, "zhice.sqlite"));
  await migrate(driver);
  const sealer = createSealer(loadSecret(options.dataDir, "data-encryption.key", options.encryptionKey));
  await sealLegacyQuestions(driver, sealer);
  const answers = createBufferedAnswerLog(driver, {
    shared: driver.dialect === "postgres",
    onError: (error) => console.error(`Answer log: a batch could not be written: ${error.message}`),
  });
  return {
    tickets: createSqlTicketRepository(driver, { sealer, perSessionPerDay: options.ticketsPerDay ?? null }),
    answers,
    stats: async () => {
      await answers.flush();
      return ticketStats(driver);
    },
    driver,
    close: async () => {
      await answers.flush();
      await driver.close();
    },
  };
}
