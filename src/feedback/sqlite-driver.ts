import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ZhiceError } from "../errors.js";
import type { SqlDriver } from "./sql-driver.js";
import { fileSyncer, groupSync } from "./wal-sync.js";

export interface SqliteDriverOptions {
  /** Flushes the write-ahead log to the disk without blocking the event loop (default: fdatasync on libuv's thread pool). */
  syncFile?: (file: string) => Promise<void>;
}

/**
 * SQLite through better-sqlite3 in WAL mode. A durable write (a single statement, a transaction by default)
 * resolves only once it is on the disk, as with synchronous=FULL — but the commit itself runs at
 * synchronous=NORMAL and the write-ahead log is then flushed with an fdatasync on the thread pool: the
 * event loop no longer stops for the fsync of every ticket (2–5 ms on this disk, 24 ms at worst), commits made
 * while a flush is under way share the next one, and a reply still waits for its ticket to be on the disk. A
 * transaction asked for with `durable: false` (the answer log's batches) skips the flush: it survives kill -9,
 * not a power loss before the next flush or checkpoint (SQLite's checkpoints flush the log and the database).
 * Where WAL is unavailable the connection stays at synchronous=FULL, with the fsync inside each commit.
 * better-sqlite3 is synchronous on one connection, so async transactions are serialised by a queue:
 * statements from other requests never land inside someone else's transaction.
 */
export function createSqliteDriver(file: string, options: SqliteDriverOptions = {}): SqlDriver {
  let db: Database.Database;
  let wal: boolean;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    wal = db.pragma("journal_mode = WAL", { simple: true }) === "wal";
    db.pragma(wal ? "synchronous = NORMAL" : "synchronous = FULL");
    db.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new ZhiceError("STORAGE_FAILED", `Cannot open ticket database ${file}: ${(error as Error).message}`, { cause: error });
  }
  const syncer = options.syncFile ? null : fileSyncer(`${file}-wal`);
  const syncFile = options.syncFile ?? (() => syncer!.sync());
  const flushLog = wal ? groupSync(() => syncFile(`${file}-wal`)) : async () => {};
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
  /** The result once what was committed is on the disk (the flush runs outside the queue: others go on). */
  const flushed = async <T>(result: T): Promise<T> => {
    await flushLog();
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
  const commit = async <T>(fn: (tx: SqlDriver) => Promise<T>, durable: boolean): Promise<T> => {
    // Without WAL, a non-durable transaction drops the in-commit fsync for itself only.
    const relaxed = !wal && !durable;
    if (relaxed) db.pragma("synchronous = NORMAL");
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
      if (relaxed) db.pragma("synchronous = FULL");
    }
  };
  return {
    dialect: "sqlite",
    all: (sql, params) => serialise(() => direct.all(sql, params)),
    run: (sql, params) => serialise(() => direct.run(sql, params)).then(flushed),
    transaction: (fn, options) => {
      const durable = options?.durable !== false;
      const committed = serialise(() => commit(fn, durable));
      return durable ? committed.then(flushed) : committed;
    },
    close: () =>
      serialise(async () => {
        syncer?.close();
        db.close();
      }),
  };
}
