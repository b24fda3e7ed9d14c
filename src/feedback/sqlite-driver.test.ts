import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { createSqliteDriver } from "./sqlite-driver.js";

/** SQLite's synchronous level: 2 FULL (fsync inside each commit), 1 NORMAL (none). */
const level = async (db: ReturnType<typeof createSqliteDriver>) => (await db.all<{ synchronous: number }>("PRAGMA synchronous"))[0]!.synchronous;

/** A syncFile whose flushes finish only when the test says so. */
function heldSync() {
  const calls: { file: string; finish: (error?: Error) => void }[] = [];
  const syncFile = (file: string) => new Promise<void>((resolve, reject) => calls.push({ file, finish: (error) => (error ? reject(error) : resolve()) }));
  return { calls, syncFile };
}

const settled = (promise: Promise<unknown>) => {
  const state = { done: false };
  promise.then(() => (state.done = true), () => (state.done = true));
  return state;
};
const turns = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe("SQLite driver", () => {
  it("commits at synchronous=NORMAL and resolves a durable transaction only once the log is flushed", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const { calls, syncFile } = heldSync();
    const db = createSqliteDriver(file, { syncFile });
    expect(await level(db)).toBe(1);
    const creating = db.run("CREATE TABLE t (v TEXT)");
    await turns();
    expect(calls.map((c) => c.file)).toEqual([`${file}-wal`]);
    calls[0]!.finish();
    await creating;
    const writing = db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?)", ["ticket"]));
    const state = settled(writing);
    await turns();
    // Committed (another connection reads it) but not yet reported: the reply waits for the flush.
    const other = new Database(file, { readonly: true });
    expect(other.prepare("SELECT v FROM t").all()).toEqual([{ v: "ticket" }]);
    other.close();
    expect(state.done).toBe(false);
    // Meanwhile the queue goes on: a read is not held up by the flush.
    expect(await db.all("SELECT v FROM t")).toEqual([{ v: "ticket" }]);
    calls[1]!.finish();
    expect(await writing).toBe(1);
    await db.close();
  });

  it("does not flush for a non-durable transaction", async () => {
    const { calls, syncFile } = heldSync();
    const db = createSqliteDriver(path.join(tempDir(), "zhice.sqlite"), { syncFile });
    await db.transaction(async (tx) => tx.run("CREATE TABLE t (v TEXT)"), { durable: false });
    await db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?)", ["batch"]), { durable: false });
    expect(calls).toEqual([]);
    expect(await db.all("SELECT v FROM t")).toEqual([{ v: "batch" }]);
    await db.close();
  });

  it("lets the commits made during a flush share the next one", async () => {
    const { calls, syncFile } = heldSync();
    const db = createSqliteDriver(path.join(tempDir(), "zhice.sqlite"), { syncFile });
    await db.transaction(async (tx) => tx.run("CREATE TABLE t (v TEXT)"), { durable: false });
    const first = db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?)", ["a"]));
    await turns();
    expect(calls).toHaveLength(1);
    // Committed after the first flush began: it may not cover them, so they wait for a second one.
    const later = ["b", "c", "d"].map((v) => settled(db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?)", [v]))));
    await turns();
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    await first;
    await turns();
    expect(calls).toHaveLength(2);
    expect(later.some((s) => s.done)).toBe(false);
    calls[1]!.finish();
    await turns();
    expect(later.every((s) => s.done)).toBe(true);
    await db.close();
  });

  it("rejects a durable write whose flush fails, and flushes again for the next", async () => {
    const { calls, syncFile } = heldSync();
    const db = createSqliteDriver(path.join(tempDir(), "zhice.sqlite"), { syncFile });
    await db.transaction(async (tx) => tx.run("CREATE TABLE t (v TEXT)"), { durable: false });
    const failing = db.run("INSERT INTO t VALUES (?)", ["x"]);
    await turns();
    calls[0]!.finish(new Error("EIO"));
    await expect(failing).rejects.toThrow("EIO");
    const next = db.run("INSERT INTO t VALUES (?)", ["y"]);
    await turns();
    calls[1]!.finish();
    expect(await next).toBe(1);
    await db.close();
  });

  it("flushes the real write-ahead log and rolls a failed transaction back", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const db = createSqliteDriver(file);
    await db.run("CREATE TABLE t (v TEXT)");
    await db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?)", ["kept"]));
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const failing = db.transaction(async (tx) => {
      await tx.run("INSERT INTO t VALUES (?)", ["lost"]);
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    expect(await db.all("SELECT v FROM t")).toEqual([{ v: "kept" }]);
    await db.close();
  });
});
