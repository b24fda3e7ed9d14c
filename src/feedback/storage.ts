import path from "node:path";
import { createSqlAnswerLog, type AnswerLog } from "./answer-log.js";
import { migrate } from "./migrations.js";
import { createPostgresDriver } from "./postgres-driver.js";
import type { SqlDriver } from "./sql-driver.js";
import { createSqlTicketRepository } from "./sql-ticket-repository.js";
import { createSqliteDriver } from "./sqlite-driver.js";
import type { TicketRepository } from "./ticket-repository.js";
import { ticketStats, type TicketStats } from "./ticket-stats.js";

export interface FeedbackStorage {
  tickets: TicketRepository;
  answers: AnswerLog;
  stats(): Promise<TicketStats>;
  driver: SqlDriver;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** postgres://… for a shared queue; without it, SQLite under dataDir. */
  databaseUrl?: string;
  dataDir: string;
}

/** Opens the configured database, runs pending migrations, and wires the repositories. */
export async function openFeedbackStorage(options: StorageOptions): Promise<FeedbackStorage> {
  const driver = options.databaseUrl
    ? await createPostgresDriver(options.databaseUrl)
    : createSqliteDriver(path.join(options.dataDir, "zhice.sqlite"));
  await migrate(driver);
  return {
    tickets: createSqlTicketRepository(driver),
    answers: createSqlAnswerLog(driver),
    stats: () => ticketStats(driver),
    driver,
    close: () => driver.close(),
  };
}
