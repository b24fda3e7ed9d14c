import type { SqlDriver } from "./sql-driver.js";

type Dialect = SqlDriver["dialect"];
const serialId = (d: Dialect) => (d === "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY");

/** Ordered schema migrations, written once for both dialects. Never edit one that has shipped. */
const MIGRATIONS: ((d: Dialect) => string[])[] = [
  (d) => [
    `CREATE TABLE tickets (
       id TEXT PRIMARY KEY,
       secret TEXT NOT NULL,
       idempotency_key TEXT UNIQUE,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       session_id TEXT NOT NULL,
       channel TEXT NOT NULL,
       source TEXT NOT NULL,
       question TEXT NOT NULL,
       topic TEXT,
       reason TEXT NOT NULL,
       candidates TEXT NOT NULL,
       status TEXT NOT NULL DEFAULT 'open',
       claimed_by TEXT,
       claimed_at TEXT,
       answer TEXT,
       answered_by TEXT,
       answered_at TEXT,
       answer_delivered_at TEXT,
       closed_at TEXT,
       faq_id TEXT,
       purged_at TEXT
     )`,
    "CREATE INDEX tickets_status_created ON tickets (status, created_at)",
    "CREATE INDEX tickets_session ON tickets (session_id)",
    `CREATE TABLE ticket_audit (
       id ${serialId(d)},
       ticket_id TEXT NOT NULL REFERENCES tickets(id),
       action TEXT NOT NULL,
       actor TEXT NOT NULL,
       at TEXT NOT NULL,
       detail TEXT
     )`,
    "CREATE INDEX ticket_audit_ticket ON ticket_audit (ticket_id)",
    `CREATE TABLE answers (
       id TEXT PRIMARY KEY,
       session_id TEXT NOT NULL,
       channel TEXT NOT NULL,
       question TEXT NOT NULL,
       status TEXT NOT NULL,
       topic TEXT,
       created_at TEXT NOT NULL
     )`,
    `CREATE TABLE feedback (
       id ${serialId(d)},
       answer_id TEXT NOT NULL,
       session_id TEXT NOT NULL,
       helpful INTEGER NOT NULL,
       comment TEXT,
       created_at TEXT NOT NULL,
       UNIQUE (answer_id, session_id)
     )`,
  ],
  () => ["ALTER TABLE tickets ADD COLUMN reply_to TEXT"],
  () => ["CREATE INDEX answers_session_created ON answers (session_id, created_at)"],
  // Security: the original question only encrypted; rate-limit counters shared by instances.
  (d) => [
    "ALTER TABLE tickets ADD COLUMN question_sealed TEXT",
    "CREATE INDEX tickets_session_created ON tickets (session_id, created_at)",
    `CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start ${d === "sqlite" ? "INTEGER" : "BIGINT"} NOT NULL, expires_at ${d === "sqlite" ? "INTEGER" : "BIGINT"} NOT NULL, hits INTEGER NOT NULL)`,
    "CREATE INDEX rate_limits_expires ON rate_limits (expires_at)",
  ],
  // The turn's frame, so a follow-up is read in context on any instance and after a restart.
  () => ["ALTER TABLE answers ADD COLUMN context TEXT"],
  // Closing the loop: knowledge documents marked for review, and the gap groups staff have acted on.
  (d) => [
    `CREATE TABLE knowledge_reviews (
       id ${serialId(d)},
       doc_id TEXT NOT NULL,
       section TEXT,
       note TEXT,
       question TEXT,
       marked_by TEXT NOT NULL,
       marked_at TEXT NOT NULL,
       resolved_at TEXT
     )`,
    "CREATE INDEX knowledge_reviews_doc ON knowledge_reviews (doc_id)",
    `CREATE TABLE gap_actions (
       id ${serialId(d)},
       group_key TEXT NOT NULL,
       question TEXT NOT NULL,
       phrasings TEXT NOT NULL,
       action TEXT NOT NULL,
       faq_id TEXT,
       review_id INTEGER,
       actor TEXT NOT NULL,
       at TEXT NOT NULL
     )`,
    "CREATE INDEX gap_actions_at ON gap_actions (at)",
    "CREATE INDEX answers_created ON answers (created_at)",
  ],
  // FAQ entries published on any instance, so the others add them without a restart (faq-feed.ts).
  (d) => [`CREATE TABLE faq_publications (seq ${serialId(d)}, file TEXT NOT NULL UNIQUE, body TEXT NOT NULL, published_at TEXT NOT NULL)`],
];

/** Applies the migrations not yet recorded in schema_migrations, each in its own transaction. */
export async function migrate(db: SqlDriver): Promise<void> {
  await db.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  if (db.dialect === "postgres") {
    // Several instances may start at once: one migrates, the others wait on this lock.
    await db.transaction(async (tx) => {
      await tx.run("LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
      await applyPending(tx);
    });
  } else {
    await db.transaction(applyPending);
  }
}

async function applyPending(tx: SqlDriver): Promise<void> {
  const done = new Set((await tx.all<{ version: number }>("SELECT version FROM schema_migrations")).map((r) => Number(r.version)));
  for (const [index, migration] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    for (const statement of migration(tx.dialect)) await tx.run(statement);
    await tx.run("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", [version, new Date().toISOString()]);
  }
}
