import crypto from "node:crypto";
import pg from "pg";

/** The machine's PostgreSQL (trust auth, database `test`); TEST_DATABASE_URL overrides. */
const BASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A connection string to a fresh, private schema of the test database, or null when PostgreSQL
 * is unreachable outside CI (the suite then skips and says why). In CI it fails loudly.
 */
export async function freshPostgresSchema(): Promise<string | null> {
  const schema = `zhice_test_${crypto.randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    if (process.env.CI) throw new Error(`PostgreSQL tests need ${BASE_URL} in CI: ${(error as Error).message}`);
    console.warn(`Skipping PostgreSQL tests: cannot reach ${BASE_URL} (${(error as Error).message})`);
    return null;
  } finally {
    await client.end().catch(() => {});
  }
  return `${BASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

export const postgresAvailable = await freshPostgresSchema().then((url) => url !== null);
