import type { SqlDriver } from "../sql-driver.js";
import { readContext, type PeriodTicket, type Turn } from "./turns.js";

/** Turns read for one report: the newest this many of the period (bounded however busy the service). */
export const MAX_TURNS = 5000;

export interface Period {
  /** ISO timestamps: from inclusive, to exclusive. */
  from: string;
  to: string;
}

export interface GapAction {
  id: number;
  groupKey: string;
  question: string;
  phrasings: string[];
  action: "faq" | "review";
  faqId: string | null;
  reviewId: number | null;
  actor: string;
  at: string;
}

export interface ReviewMark {
  id: number;
  docId: string;
  section: string | null;
  note: string | null;
  question: string | null;
  markedBy: string;
  markedAt: string;
}

type Value = string | number | boolean | null | undefined;
type Row = Record<string, Value>;
const str = (v: Value) => (v === null || v === undefined ? null : String(v));

/** The answer log, tickets, review marks and gap actions as the gap report and the public page read them. */
export interface GapRepository {
  turns(period: Period): Promise<Turn[]>;
  tickets(period: Period): Promise<PeriodTicket[]>;
  actions(): Promise<GapAction[]>;
  openReviews(): Promise<ReviewMark[]>;
  /** Marks a document (or one of its sections) for review; with `group`, the group is recorded as addressed. */
  markForReview(mark: Omit<ReviewMark, "id">, group?: Omit<GapAction, "id" | "action" | "faqId" | "reviewId">): Promise<number>;
  recordAction(action: Omit<GapAction, "id">): Promise<void>;
}

/**
 * `settle` runs before turns are read: the answer log writes behind the answer path (buffered-answer-log.ts),
 * so a report flushes it first and counts the answers given just before it was asked for.
 */
export function createGapRepository(db: SqlDriver, settle: () => Promise<void> = async () => {}): GapRepository {
  const toAction = (r: Row): GapAction => ({
    id: Number(r.id), groupKey: String(r.group_key), question: String(r.question), phrasings: JSON.parse(String(r.phrasings)) as string[],
    action: r.action === "faq" ? "faq" : "review", faqId: str(r.faq_id), reviewId: r.review_id === null ? null : Number(r.review_id),
    actor: String(r.actor), at: String(r.at),
  });
  const insertAction = (tx: SqlDriver, a: Omit<GapAction, "id">) =>
    tx.run(
      "INSERT INTO gap_actions (group_key, question, phrasings, action, faq_id, review_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      [a.groupKey, a.question, JSON.stringify(a.phrasings), a.action, a.faqId, a.reviewId, a.actor, a.at],
    );
  return {
    async turns({ from, to }) {
      await settle();
      const rows = await db.all<Row>(
        `SELECT a.id, a.session_id, a.question, a.status, a.topic, a.created_at, a.context,
           (SELECT MIN(f.helpful) FROM feedback f WHERE f.answer_id = a.id) AS rating,
           (SELECT b.question FROM answers b WHERE b.session_id = a.session_id AND b.created_at > a.created_at ORDER BY b.created_at LIMIT 1) AS next_question,
           CASE WHEN EXISTS (SELECT 1 FROM tickets t WHERE t.session_id = a.session_id AND t.created_at > a.created_at) THEN 1 ELSE 0 END AS ticket_after
         FROM answers a WHERE a.created_at >= ? AND a.created_at < ? ORDER BY a.created_at DESC LIMIT ?`,
        [from, to, MAX_TURNS],
      );
      return rows.reverse().map((r) => ({
        id: String(r.id), sessionId: String(r.session_id), question: String(r.question), status: String(r.status), topic: str(r.topic),
        createdAt: String(r.created_at), ...readContext(str(r.context)),
        rating: r.rating === null ? null : Number(r.rating) === 1, nextQuestion: str(r.next_question), ticketAfter: Number(r.ticket_after) === 1,
      }));
    },
    async tickets({ from, to }) {
      const rows = await db.all<Row>(
        "SELECT id, session_id, question, topic, source, reason, status, created_at, answered_at FROM tickets WHERE created_at >= ? AND created_at < ? ORDER BY created_at LIMIT ?",
        [from, to, MAX_TURNS],
      );
      return rows.map((r) => ({
        id: String(r.id), sessionId: String(r.session_id), question: String(r.question), topic: str(r.topic), source: String(r.source),
        reason: String(r.reason), status: String(r.status), createdAt: String(r.created_at), answeredAt: str(r.answered_at),
      }));
    },
    async actions() {
      return (await db.all<Row>("SELECT * FROM gap_actions ORDER BY at, id")).map(toAction);
    },
    async openReviews() {
      const rows = await db.all<Row>("SELECT * FROM knowledge_reviews WHERE resolved_at IS NULL ORDER BY marked_at, id");
      return rows.map((r) => ({
        id: Number(r.id), docId: String(r.doc_id), section: str(r.section), note: str(r.note), question: str(r.question),
        markedBy: String(r.marked_by), markedAt: String(r.marked_at),
      }));
    },
    markForReview(mark, group) {
      return db.transaction(async (tx) => {
        await tx.run(
          "INSERT INTO knowledge_reviews (doc_id, section, note, question, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)",
          [mark.docId, mark.section, mark.note, mark.question, mark.markedBy, mark.markedAt],
        );
        const [row] = await tx.all<Row>("SELECT MAX(id) AS id FROM knowledge_reviews WHERE doc_id = ? AND marked_at = ?", [mark.docId, mark.markedAt]);
        const id = Number(row?.id);
        if (group) await insertAction(tx, { ...group, action: "review", faqId: null, reviewId: id });
        return id;
      });
    },
    async recordAction(action) {
      await insertAction(db, action);
    },
  };
}
