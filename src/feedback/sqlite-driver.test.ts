import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { createSqliteDriver } from "./sqlite-driver.js";

/** SQLite's synchronous level: 2 FULL (fsync at each commit), 1 NORMAL (none). */
const level = async (db: ReturnType<typeof createSqliteDriver>) => (await db.all<{ synchronous: number }>("PRAGMA synchronous"))[0]!.synchronous;

describe("SQLite driver", () => {
  it("commits a non-durable transaction without the fsync, for that transaction only", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const db = createSqliteDriver(file);
    await db.run("CREATE TABLE t (v TEXT)");
    expect(await level(db)).toBe(2);
    const inside = await db.transaction(
      async (tx) => {
        await tx.run("INSERT INTO t VALUES (?)", ["batch"]);
        return level(tx);
      },
      { durable: false },
    );
    expect(inside).toBe(1);
    expect(await level(db)).toBe(2); // tickets' transactions and single statements stay durable
    expect(await db.transaction(level)).toBe(2);
    // Committed: another connection (another process) reads it.
    const other = new Database(file, { readonly: true });
    expect(other.prepare("SELECT v FROM t").all()).toEqual([{ v: "batch" }]);
    other.close();
    await db.close();
  });

  it("goes back to durable commits when a non-durable transaction fails", async () => {
    const db = createSqliteDriver(path.join(tempDir(), "zhice.sqlite"));
    await db.run("CREATE TABLE t (v TEXT)");
    const failing = db.transaction(
      async (tx) => {
        await tx.run("INSERT INTO t VALUES (?)", ["lost"]);
        throw new Error("boom");
      },
      { durable: false },
    );
    await expect(failing).rejects.toThrow("boom");
    expect(await level(db)).toBe(2);
    expect(await db.all("SELECT v FROM t")).toEqual([]);
    await db.close();
  });
});
