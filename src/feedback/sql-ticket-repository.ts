import type { Sealer } from "../security/sealed-text.js";
import { maskPersonalData } from "./privacy.js";
import type { SqlDriver } from "./sql-driver.js";
import { newTicketId, newTicketSecret, type NewTicket, type Ticket, type TicketAction, type TicketFilter } from "./ticket.js";
import type { TicketRepository } from "./ticket-repository.js";
import { TicketQuotaError } from "./ticket-quota.js";

type Row = Record<string, string | null>;

function toTicket(r: Row): Ticket {
  const text = (column: string) => r[column] ?? "";
  const maybe = (column: string) => r[column] ?? null;
  return {
    id: text("id"), secret: text("secret"), idempotencyKey: r.idempotency_key ?? undefined, replyTo: r.reply_to ?? undefined,
    createdAt: text("created_at"), updatedAt: text("updated_at"), sessionId: text("session_id"), channel: text("channel"),
    source: text("source") as Ticket["source"], question: text("question"), topic: maybe("topic"), reason: text("reason"),
    candidates: JSON.parse(text("candidates") || "[]"), status: text("status") as Ticket["status"],
    claimedBy: maybe("claimed_by"), claimedAt: maybe("claimed_at"), answer: maybe("answer"), answeredBy: maybe("answered_by"),
    answeredAt: maybe("answered_at"), answerDeliveredAt: maybe("answer_delivered_at"), closedAt: maybe("closed_at"), faqId: maybe("faq_id"),
    sealedQuestion: maybe("question_sealed"),
  };
}

/** WHERE clause and parameters for a list filter. */
function filterClause({ status, topic, channel, minAgeHours }: TicketFilter): { clause: string; params: unknown[] } {
  const conditions: [string, unknown][] = [];
  if (status) conditions.push(["status = ?", status]);
  if (topic) conditions.push(["topic = ?", topic]);
  if (channel) conditions.push(["channel = ?", channel]);
  if (minAgeHours !== undefined) conditions.push(["created_at <= ?", new Date(Date.now() - minAgeHours * 3_600_000).toISOString()]);
  return {
    clause: conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(" AND ")}` : "",
    params: conditions.map(([, value]) => value),
  };
}

/** Each transition: the states it may start from, and the columns it sets. */
const TRANSITIONS = {
  claim: { from: ["open"], set: "status = 'claimed', claimed_by = ?, claimed_at = ?" },
  answer: { from: ["claimed"], set: "status = 'answered', answered_by = ?, answered_at = ?, answer = ?, faq_id = ?, answer_delivered_at = NULL" },
  close: { from: ["open", "claimed", "answered"], set: "status = 'closed', closed_at = ? , claimed_by = COALESCE(claimed_by, ?)" },
  reopen: { from: ["answered", "closed"], set: "status = 'open', claimed_by = ?, claimed_at = ?, closed_at = NULL" },
} as const;

export interface TicketRepositoryOptions {
  /** Encrypts the original question; the question column only ever holds the masked text. */
  sealer: Sealer;
  /** Tickets one session may file in 24 hours; null = no limit. */
  perSessionPerDay?: number | null;
}

const DAY_MS = 86_400_000;

export function createSqlTicketRepository(db: SqlDriver, options: TicketRepositoryOptions): TicketRepository {
  const { sealer, perSessionPerDay = null } = options;
  const now = () => new Date().toISOString();
  const getIn = async (tx: SqlDriver, id: string) => {
    const [row] = await tx.all<Row>("SELECT * FROM tickets WHERE id = ?", [id]);
    return row ? toTicket(row) : null;
  };
  const logAudit = (tx: SqlDriver, ticketId: string, action: TicketAction, actor: string, at: string, detail: string | null = null) =>
    tx.run("INSERT INTO ticket_audit (ticket_id, action, actor, at, detail) VALUES (?, ?, ?, ?, ?)", [ticketId, action, actor, at, detail]);

  return {
    create: (input: NewTicket) =>
      db.transaction(async (tx) => {
        if (input.idempotencyKey) {
          const [existing] = await tx.all<Row>("SELECT * FROM tickets WHERE idempotency_key = ?", [input.idempotencyKey]);
          if (existing) return { ticket: toTicket(existing), created: false };
        }
        const question = maskPersonalData(input.question);
        // The same question again from the same session joins the ticket still waiting for staff.
        const [same] = await tx.all<Row>(
          "SELECT * FROM tickets WHERE session_id = ? AND question = ? AND status IN ('open', 'claimed') ORDER BY created_at LIMIT 1",
          [input.sessionId, question],
        );
        if (same) return { ticket: toTicket(same), created: false };
        if (perSessionPerDay !== null) await enforceQuota(tx, input.sessionId, perSessionPerDay);
        const at = now();
        const id = newTicketId();
        const inserted = await tx.run(
          `INSERT INTO tickets (id, secret, idempotency_key, created_at, updated_at, session_id, channel, source, question, question_sealed, topic, reason, candidates, status, reply_to)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) ON CONFLICT (idempotency_key) DO NOTHING`,
          [id, newTicketSecret(), input.idempotencyKey ?? null, at, at, input.sessionId, input.channel, input.source,
            question, sealer.seal(input.question), input.topic, input.reason, JSON.stringify(input.candidates), input.replyTo ?? null],
        );
        if (inserted === 0) {
          // Another instance committed the same key between our check and insert.
          const [winner] = await tx.all<Row>("SELECT * FROM tickets WHERE idempotency_key = ?", [input.idempotencyKey]);
          return { ticket: toTicket(winner!), created: false };
        }
        await logAudit(tx, id, "create", `citizen:${input.channel}`, at, input.source);
        return { ticket: (await getIn(tx, id))!, created: true };
      }),

    get: (id) => getIn(db, id),

    originalQuestion: (ticket) => (ticket.sealedQuestion && sealer.open(ticket.sealedQuestion)) ?? ticket.question,

    async list(filter = {}) {
      const { limit = 20, offset = 0 } = filter;
      const { clause, params } = filterClause(filter);
      const [count] = await db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM tickets ${clause}`, params);
      const rows = await db.all<Row>(`SELECT * FROM tickets ${clause} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`, [...params, limit, offset]);
      return { tickets: rows.map(toTicket), total: Number(count?.n ?? 0) };
    },

    transition: (id, action, actor, fields = {}) =>
      db.transaction(async (tx) => {
        const at = now();
        const rule = TRANSITIONS[action];
        const values =
          action === "claim" ? [actor, at]
          : action === "answer" ? [actor, at, fields.answer ?? "", fields.faqId ?? null]
          : action === "close" ? [at, actor]
          : [null, null];
        // Only the claimer may answer; everyone else's answer is refused like a wrong state.
        const owner = action === "answer" ? " AND claimed_by = ?" : "";
        const states = rule.from.map(() => "?").join(", ");
        const changed = await tx.run(
          `UPDATE tickets SET ${rule.set}, updated_at = ? WHERE id = ? AND status IN (${states})${owner}`,
          [...values, at, id, ...rule.from, ...(owner ? [actor] : [])],
        );
        if (changed === 0) return null;
        await logAudit(tx, id, action, actor, at, fields.faqId ? `faq:${fields.faqId}` : null);
        return getIn(tx, id);
      }),

    async audit(id) {
      const rows = await db.all<Row>("SELECT * FROM ticket_audit WHERE ticket_id = ? ORDER BY id", [id]);
      return rows.map((r) => ({ ticketId: r.ticket_id ?? id, action: r.action as TicketAction, actor: r.actor ?? "", at: r.at ?? "", detail: r.detail ?? null }));
    },

    async undelivered(sessionId) {
      const rows = await db.all<Row>(
        "SELECT * FROM tickets WHERE session_id = ? AND status = 'answered' AND answer_delivered_at IS NULL ORDER BY answered_at",
        [sessionId],
      );
      return rows.map(toTicket);
    },

    async bySession(sessionId, limit = 20) {
      const rows = await db.all<Row>("SELECT * FROM tickets WHERE session_id = ? ORDER BY created_at DESC, id LIMIT ?", [sessionId, limit]);
      return rows.map(toTicket);
    },

    async markDelivered(id) {
      await db.transaction(async (tx) => {
        const at = now();
        if ((await tx.run("UPDATE tickets SET answer_delivered_at = ? WHERE id = ? AND answer_delivered_at IS NULL", [at, id])) > 0) {
          await logAudit(tx, id, "deliver", "system", at);
        }
      });
    },

    purgeClosed: (days) =>
      db.transaction(async (tx) => {
        const cutoff = new Date(Date.now() - days * DAY_MS).toISOString();
        const due = await tx.all<{ id: string; question: string }>(
          "SELECT id, question FROM tickets WHERE status = 'closed' AND closed_at <= ? AND purged_at IS NULL",
          [cutoff],
        );
        const at = now();
        for (const row of due) {
          await tx.run(
            "UPDATE tickets SET question = ?, question_sealed = NULL, session_id = 'purged', purged_at = ? WHERE id = ?",
            [maskPersonalData(row.question), at, row.id],
          );
          await logAudit(tx, row.id, "purge", "system", at);
        }
        return due.length;
      }),
  };
}

/** Refuses a session's ticket beyond its daily quota, saying when the oldest one counted ages out. */
async function enforceQuota(tx: SqlDriver, sessionId: string, perDay: number): Promise<void> {
  const since = new Date(Date.now() - DAY_MS).toISOString();
  const recent = await tx.all<{ created_at: string }>(
    "SELECT created_at FROM tickets WHERE session_id = ? AND created_at > ? ORDER BY created_at DESC LIMIT ?",
    [sessionId, since, perDay],
  );
  if (recent.length < perDay) return;
  const oldestCounted = Date.parse(recent[recent.length - 1]!.created_at);
  throw new TicketQuotaError(perDay, Math.max(1, Math.ceil((oldestCounted + DAY_MS - Date.now()) / 1000)));
}

/** Tickets written before questions were masked: mask them now and keep the original encrypted. */
export async function sealLegacyQuestions(db: SqlDriver, sealer: Sealer): Promise<number> {
  const rows = await db.all<{ id: string; question: string }>("SELECT id, question FROM tickets WHERE question_sealed IS NULL AND purged_at IS NULL");
  for (const row of rows) {
    await db.run("UPDATE tickets SET question = ?, question_sealed = ? WHERE id = ? AND question_sealed IS NULL", [maskPersonalData(row.question), sealer.seal(row.question), row.id]);
  }
  return rows.length;
}
