/** The little SQL surface the ticket repository needs; SQLite and PostgreSQL implement it. */
export interface SqlDriver {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a query. SQL uses `?` placeholders; the PostgreSQL driver numbers them. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs fn in one transaction on one connection; rolls back if fn throws. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

export interface TransactionOptions {
  /**
   * false: the commit need not reach the disk before it resolves (no fsync: SQLite does not flush its write-ahead
   * log after it, PostgreSQL runs it with synchronous_commit off). What it wrote survives the process being killed, not a power
   * loss or an operating-system crash before the next durable commit or checkpoint. For the answer log's batches,
   * never for tickets. Default true.
   */
  durable?: boolean;
}

/** `?` → `$1, $2, …` for PostgreSQL (no `?` appears inside our SQL literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}
