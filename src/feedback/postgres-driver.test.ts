import { describe, expect, it } from "vitest";
import { createPostgresDriver } from "./postgres-driver.js";
import { freshPostgresSchema, postgresAvailable } from "./postgres-testing.js";

/** The session's commit mode: 'on' waits for the WAL flush, 'off' does not. */
const mode = async (db: Awaited<ReturnType<typeof createPostgresDriver>>) =>
  (await db.all<{ synchronous_commit: string }>("SHOW synchronous_commit"))[0]!.synchronous_commit;

describe.skipIf(!postgresAvailable)("PostgreSQL driver", () => {
  it("commits a non-durable transaction without waiting for the WAL flush, for that transaction only", async () => {
    const db = await createPostgresDriver((await freshPostgresSchema())!);
    try {
      await db.run("CREATE TABLE t (v TEXT)");
      const inside = await db.transaction(
        async (tx) => {
          await tx.run("INSERT INTO t VALUES (?)", ["batch"]);
          return mode(tx);
        },
        { durable: false },
      );
      expect(inside).toBe("off");
      // SET LOCAL ends with the transaction: the pooled connection is back to durable commits.
      expect(await db.transaction(mode)).toBe("on");
      expect(await db.all("SELECT v FROM t")).toEqual([{ v: "batch" }]);
    } finally {
      await db.close();
    }
  });

  it("rolls a failed non-durable transaction back", async () => {
    const db = await createPostgresDriver((await freshPostgresSchema())!);
    try {
      await db.run("CREATE TABLE t (v TEXT)");
      const failing = db.transaction(
        async (tx) => {
          await tx.run("INSERT INTO t VALUES (?)", ["lost"]);
          throw new Error("boom");
        },
        { durable: false },
      );
      await expect(failing).rejects.toThrow("boom");
      expect(await db.all("SELECT v FROM t")).toEqual([]);
      expect(await db.transaction(mode)).toBe("on");
    } finally {
      await db.close();
    }
  });
});
