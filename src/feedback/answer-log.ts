import { maskPersonalData } from "./privacy.js";
import type { SqlDriver } from "./sql-driver.js";

export interface LoggedAnswer {
  id: string;
  sessionId: string;
  channel: string;
  question: string;
  status: string;
  topic: string | null;
  createdAt: string;
  /**
   * What the turn was understood to be about (its frame, document, suggestions), so the next message
   * of the session can be read in context on any instance; opaque to storage.
   */
  context?: unknown;
}

/** Every answer given (so feedback can name its question) and the citizens' ratings of them. */
export interface AnswerLog {
  record(answer: LoggedAnswer): Promise<void>;
  /** The session's most recent answer: a reply to a clarifying question is joined to it. */
  lastForSession(sessionId: string): Promise<LoggedAnswer | null>;
  find(id: string): Promise<LoggedAnswer | null>;
  /** Deletes logged questions and rating comments older than `days` days; returns how many answers. */
  purgeOlderThan(days: number): Promise<number>;
  /** Stores one rating per answer and session; resolves to false when the answer is unknown. */
  rate(input: { answerId: string; sessionId: string; helpful: boolean; comment?: string }): Promise<boolean>;
}

type Row = Record<string, string | null>;

function toAnswer(r: Row): LoggedAnswer {
  return {
    id: r.id ?? "", sessionId: r.session_id ?? "", channel: r.channel ?? "", question: r.question ?? "",
    status: r.status ?? "", topic: r.topic ?? null, createdAt: r.created_at ?? "",
    context: r.context ? (JSON.parse(r.context) as unknown) : undefined,
  };
}

/** A logged answer as it is stored: the question masked, the context as JSON (null: none). */
export interface AnswerRow extends Omit<LoggedAnswer, "context"> {
  contextJson: string | null;
}

/**
 * What storing an answer keeps of it: for search, statistics and the next turn's context, the question masked,
 * never the personal numbers themselves.
 */
export function toAnswerRow(a: LoggedAnswer): AnswerRow {
  const { context, ...rest } = a;
  return { ...rest, question: maskPersonalData(a.question), contextJson: context === undefined ? null : JSON.stringify(context) };
}

/** The answer a stored row gives back. */
export function fromAnswerRow({ contextJson, ...rest }: AnswerRow): LoggedAnswer {
  return { ...rest, context: contextJson === null ? undefined : (JSON.parse(contextJson) as unknown) };
}

export async function insertAnswerRow(db: SqlDriver, r: AnswerRow): Promise<void> {
  await db.run(
    "INSERT INTO answers (id, session_id, channel, question, status, topic, created_at, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    [r.id, r.sessionId, r.channel, r.question, r.status, r.topic, r.createdAt, r.contextJson],
  );
}

export function createSqlAnswerLog(db: SqlDriver): AnswerLog {
  return {
    async record(a) {
      await insertAnswerRow(db, toAnswerRow(a));
    },
    async find(id) {
      const [r] = await db.all<Row>("SELECT * FROM answers WHERE id = ?", [id]);
      return r ? toAnswer(r) : null;
    },
    async lastForSession(sessionId) {
      const [r] = await db.all<Row>("SELECT * FROM answers WHERE session_id = ? ORDER BY created_at DESC, id LIMIT 1", [sessionId]);
      return r ? toAnswer(r) : null;
    },
    async purgeOlderThan(days) {
      const cutoff = new Date(Date.now() - days * 86_400_000).toISOString();
      // Ratings keep their verdict for the statistics; only the free-text comment is personal.
      await db.run("UPDATE feedback SET comment = NULL WHERE created_at <= ? AND comment IS NOT NULL", [cutoff]);
      return db.run("DELETE FROM answers WHERE created_at <= ?", [cutoff]);
    },
    async rate({ answerId, sessionId, helpful, comment }) {
      const [known] = await db.all("SELECT id FROM answers WHERE id = ? AND session_id = ?", [answerId, sessionId]);
      if (!known) return false;
      await db.run(
        `INSERT INTO feedback (answer_id, session_id, helpful, comment, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (answer_id, session_id) DO UPDATE SET helpful = excluded.helpful, comment = excluded.comment`,
        [answerId, sessionId, helpful ? 1 : 0, comment === undefined ? null : maskPersonalData(comment), new Date().toISOString()],
      );
      return true;
    },
  };
}
