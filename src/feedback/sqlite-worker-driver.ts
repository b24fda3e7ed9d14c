import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { ZhiceError } from "../errors.js";
import { sourceAsset } from "../project-root.js";
import type { SqlDriver } from "./sql-driver.js";

type Kind = "all" | "run" | "exec" | "close";
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; code?: string };

/**
 * SQLite (WAL, synchronous=FULL: a committed row survives kill -9) on a worker thread: the same contract as
 * sqlite-driver.ts, but neither the statements nor the fsync of a commit run on the event loop, so a ticket
 * being committed or the answer log's batch does not hold up every other request while the disk syncs.
 * One connection; calls are serialised by a queue, so statements from other requests never land inside
 * someone else's transaction. The worker's own code is sqlite-worker.cjs.
 */
export async function createSqliteWorkerDriver(file: string): Promise<SqlDriver> {
  const worker = new Worker(sourceAsset(import.meta.url, "./sqlite-worker.cjs"), {
    workerData: { file, driverPath: createRequire(import.meta.url).resolve("better-sqlite3") },
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  let failed: Error | null = null;
  const opened = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // An idle connection does not keep the process alive (as the in-thread driver does not); one awaited does.
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(Object.assign(new Error(reply.message), { code: reply.code }));
  });
  const fail = (error: Error) => {
    failed = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the SQLite worker stopped (exit code ${code})`)));
  try {
    await opened;
  } catch (error) {
    throw new ZhiceError("STORAGE_FAILED", `Cannot open ticket database ${file}: ${(error as Error).message}`, { cause: error });
  }

  const call = (kind: Kind, sql = "", params: readonly unknown[] = []): Promise<unknown> => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, kind, sql, params });
    });
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
  const direct: SqlDriver = {
    dialect: "sqlite",
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await call("all", sql, params)) as T[],
    run: async (sql, params = []) => (await call("run", sql, params)) as number,
    transaction: (fn) => fn(direct),
    async close() {},
  };
  return {
    dialect: "sqlite",
    all: (sql, params) => serialise(() => direct.all(sql, params)),
    run: (sql, params) => serialise(() => direct.run(sql, params)),
    transaction: (fn) =>
      serialise(async () => {
        await call("exec", "BEGIN IMMEDIATE");
        try {
          const result = await fn(direct);
          await call("exec", "COMMIT");
          return result;
        } catch (error) {
          await call("exec", "ROLLBACK").catch(() => undefined);
          throw error;
        }
      }),
    close: () =>
      serialise(async () => {
        if (failed) return;
        await call("close");
        failed = new Error("the SQLite worker is closed");
        worker.removeAllListeners("exit");
        await worker.terminate();
      }),
  };
}
