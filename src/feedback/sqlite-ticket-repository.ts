import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ZhiceError } from "../errors.js";
import { newTicketId, type NewTicket, type Ticket, type TicketRepository, type TicketStatus } from "./ticket.js";

/** Ordered schema migrations; PRAGMA user_version records how many have run. */
const MIGRATIONS = [
  `CREATE TABLE tickets (
     id TEXT PRIMARY KEY,
     created_at TEXT NOT NULL,
     session_id TEXT NOT NULL,
     channel TEXT NOT NULL,
     question TEXT NOT NULL,
     topic TEXT,
     reason TEXT NOT NULL,
     candidates TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'open'
   );
   CREATE INDEX tickets_status_created ON tickets (status, created_at);`,
];

interface TicketRow {
  id: string;
  created_at: string;
  session_id: string;
  channel: string;
  question: string;
  topic: string | null;
  reason: string;
  candidates: string;
  status: TicketStatus;
}

function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    createdAt: row.created_at,
    sessionId: row.session_id,
    channel: row.channel,
    question: row.question,
    topic: row.topic,
    reason: row.reason,
    candidates: JSON.parse(row.candidates),
    status: row.status,
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

/** Tickets in one SQLite file (WAL, synchronous=FULL: a committed ticket survives a crash). */
export function createSqliteTicketRepository(file: string): TicketRepository {
  let db: Database.Database;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    migrate(db);
  } catch (error) {
    throw new ZhiceError("STORAGE_FAILED", `Cannot open ticket database ${file}: ${(error as Error).message}`, { cause: error });
  }
  const insert = db.prepare(
    `INSERT INTO tickets (id, created_at, session_id, channel, question, topic, reason, candidates, status)
     VALUES (@id, @createdAt, @sessionId, @channel, @question, @topic, @reason, @candidates, 'open')`,
  );
  const byId = db.prepare("SELECT * FROM tickets WHERE id = ?");
  return {
    async create(input: NewTicket) {
      const ticket: Ticket = { ...input, id: newTicketId(), status: "open", createdAt: new Date().toISOString() };
      insert.run({ ...ticket, candidates: JSON.stringify(ticket.candidates) });
      return ticket;
    },
    async get(id) {
      const row = byId.get(id) as TicketRow | undefined;
      return row ? toTicket(row) : null;
    },
    async list({ status, limit = 50 } = {}) {
      const rows = status
        ? db.prepare("SELECT * FROM tickets WHERE status = ? ORDER BY created_at DESC LIMIT ?").all(status, limit)
        : db.prepare("SELECT * FROM tickets ORDER BY created_at DESC LIMIT ?").all(limit);
      return (rows as TicketRow[]).map(toTicket);
    },
    async close() {
      db.close();
    },
  };
}
