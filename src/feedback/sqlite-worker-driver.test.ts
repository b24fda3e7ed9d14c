import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { createSqliteDriver } from "./sqlite-driver.js";
import { createSqliteWorkerDriver } from "./sqlite-worker-driver.js";

async function open() {
  const file = path.join(tempDir(), "db", "zhice.sqlite");
  const db = await createSqliteWorkerDriver(file);
  await db.run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
  return { db, file };
}

describe("SQLite on a worker thread", () => {
  it("runs statements and queries, and what it commits is on disk for any other connection", async () => {
    const { db, file } = await open();
    expect(await db.run("INSERT INTO t (name) VALUES (?), (?)", ["甲", "乙"])).toBe(2);
    expect(await db.all("SELECT name FROM t ORDER BY id", [])).toEqual([{ name: "甲" }, { name: "乙" }]);
    await db.close();
    const other = createSqliteDriver(file);
    expect(await other.all("SELECT COUNT(*) AS n FROM t")).toEqual([{ n: 2 }]);
    await other.close();
  });

  it("rolls a failed transaction back and reports the database's error", async () => {
    const { db } = await open();
    await db.run("INSERT INTO t (name) VALUES ('甲')");
    await expect(
      db.transaction(async (tx) => {
        await tx.run("INSERT INTO t (name) VALUES ('乙')");
        await tx.run("INSERT INTO t (name) VALUES ('甲')"); // violates UNIQUE
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db.all("SELECT name FROM t")).toEqual([{ name: "甲" }]);
    await db.close();
  });

  it("keeps other callers' statements out of a transaction under way", async () => {
    const { db } = await open();
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const inside = db.transaction(async (tx) => {
      await tx.run("INSERT INTO t (name) VALUES ('甲')");
      await paused;
      throw new Error("changed my mind");
    });
    const outside = db.run("INSERT INTO t (name) VALUES ('乙')"); // waits for the transaction, not part of it
    release();
    await expect(inside).rejects.toThrow("changed my mind");
    await outside;
    expect(await db.all("SELECT name FROM t")).toEqual([{ name: "乙" }]);
    await db.close();
  });

  it("refuses work after it is closed", async () => {
    const { db } = await open();
    await db.close();
    await expect(db.all("SELECT 1")).rejects.toThrow(/worker/);
  });
});
