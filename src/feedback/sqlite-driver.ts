import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ZhiceError } from "../errors.js";
import type { SqlDriver } from "./sql-driver.js";

/**
 * SQLite through better-sqlite3 (WAL, synchronous=FULL: a committed row survives a power loss; a transaction
 * asked for with `durable: false` runs at synchronous=NORMAL, without the fsync, and survives kill -9 only).
 * better-sqlite3 is synchronous on one connection, so async transactions are serialised by a
 * queue: statements from other requests never land inside someone else's transaction.
 */
export function createSqliteDriver(file: string): SqlDriver {
  let db: Database.Database;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new ZhiceError("STORAGE_FAILED", `Cannot open ticket database ${file}: ${(error as Error).message}`, { cause: error });
  }
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
  // Prepared once per SQL text: the statements are few and fixed, and preparing costs more than running.
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const direct: SqlDriver = {
    dialect: "sqlite",
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...params).changes;
    },
    transaction: (fn) => fn(direct),
    async close() {},
  };
  return {
    dialect: "sqlite",
    all: (sql, params) => serialise(() => direct.all(sql, params)),
    run: (sql, params) => serialise(() => direct.run(sql, params)),
    transaction: (fn, options) =>
      serialise(async () => {
        // The fsync of a commit blocks the event loop (2–4 ms at the median on this disk, 15 ms at worst).
        const durable = options?.durable !== false;
        if (!durable) db.pragma("synchronous = NORMAL");
        try {
          db.exec("BEGIN IMMEDIATE");
          try {
            const result = await fn(direct);
            db.exec("COMMIT");
            return result;
          } catch (error) {
            db.exec("ROLLBACK");
            throw error;
          }
        } finally {
          if (!durable) db.pragma("synchronous = FULL");
        }
      }),
    close: () => serialise(async () => void db.close()),
  };
}
