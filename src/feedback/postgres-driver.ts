import pg from "pg";
import { ZhiceError } from "../errors.js";
import { numberPlaceholders, type SqlDriver } from "./sql-driver.js";

type Queryable = pg.Pool | pg.PoolClient;

function driverOn(target: Queryable, transaction: SqlDriver["transaction"], close: () => Promise<void>): SqlDriver {
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query(numberPlaceholders(sql), params as unknown[])).rows as T[];
    },
    async run(sql, params = []) {
      return (await target.query(numberPlaceholders(sql), params as unknown[])).rowCount ?? 0;
    },
    transaction,
    close,
  };
}

/** PostgreSQL through a pg connection pool, for several server instances sharing one queue. */
export async function createPostgresDriver(connectionString: string): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    const where = connectionString.replace(/\/\/[^@]*@/, "//***@");
    throw new ZhiceError("STORAGE_FAILED", `Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`, { cause: error });
  }
  const transaction: SqlDriver["transaction"] = async (fn, options) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      if (options?.durable === false) await client.query("SET LOCAL synchronous_commit = off");
      const inner = driverOn(client, (nested) => nested(inner), async () => {});
      const result = await fn(inner);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return driverOn(pool, transaction, () => pool.end());
}
