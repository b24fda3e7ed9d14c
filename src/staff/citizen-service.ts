import crypto from "node:crypto";
import type { Replies } from "../answer/index.js";
import { maskPersonalData, type AnswerLog, type Ticket, type TicketRepository } from "../feedback/index.js";
import { TicketError } from "./ticket-error.js";

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [crypto.createHash("sha256").update(a).digest(), crypto.createHash("sha256").update(b).digest()];
  return crypto.timingSafeEqual(x, y);
}

/** What a citizen sees of a ticket: never the staff member, the candidates or the audit trail. */
function citizenView(ticket: Ticket) {
  const answered = ticket.status === "answered" || (ticket.status === "closed" && ticket.answer !== null);
  return {
    ticketId: ticket.id,
    status: ticket.status,
    createdAt: ticket.createdAt,
    question: maskPersonalData(ticket.question),
    answer: answered ? ticket.answer : null,
    answeredAt: answered ? ticket.answeredAt : null,
  };
}

/** What citizens may do with tickets: rate an answer, ask for a person, read their own ticket. */
export function createCitizenService({ tickets, answers, replies }: { tickets: TicketRepository; answers: AnswerLog; replies: Pick<Replies, "render"> }) {

  return {
    /** A rating; an unhelpful one puts the question in the queue (returns its ticket). */
    async rate(input: { sessionId: string; answerId: string; helpful: boolean; handoff?: boolean; comment?: string; idempotencyKey?: string }) {
      const known = await answers.rate(input);
      if (!known) throw new TicketError("not_found", "没有找到这条回答，可能已过期。");
      // handoff: false — the person declined to have staff look at it (the widget asks first).
      if (input.helpful || input.handoff === false) return { ticketId: undefined, secret: undefined };
      const answer = (await answers.find(input.answerId))!;
      const { ticket } = await tickets.create({
        sessionId: input.sessionId,
        channel: answer.channel,
        source: "unhelpful",
        question: input.comment ? `${answer.question}\n（用户补充：${input.comment}）` : answer.question,
        topic: answer.topic,
        reason: "rated_unhelpful",
        candidates: [],
        idempotencyKey: input.idempotencyKey ?? `unhelpful:${input.answerId}:${input.sessionId}`,
      });
      return { ticketId: ticket.id, secret: ticket.secret };
    },

    /** 转人工: what the person needs goes to staff, with the phone they chose to leave. */
    async handoff(input: { sessionId: string; message: string; channel: string; phone?: string; idempotencyKey?: string }) {
      const contact = input.phone ? `\n（联系电话：${input.phone}，本人同意工作人员致电联系）` : "";
      const { ticket } = await tickets.create({
        sessionId: input.sessionId,
        channel: input.channel,
        source: "handoff",
        question: input.message + contact,
        topic: null,
        reason: "handoff",
        candidates: [],
        idempotencyKey: input.idempotencyKey,
      });
      return {
        ticketId: ticket.id,
        secret: ticket.secret,
        sessionId: input.sessionId,
        message: replies.render("handoff", { ticketId: ticket.id }),
      };
    },

    /** Status and staff answer, only for the session that created the ticket or with its secret. */
    async view(id: string, proof: { sessionId?: string; secret?: string }) {
      const ticket: Ticket | null = await tickets.get(id);
      const allowed =
        ticket && ((proof.sessionId && proof.sessionId === ticket.sessionId) || (proof.secret && sameSecret(proof.secret, ticket.secret)));
      // The same answer for "no such ticket" and "not yours": ticket numbers reveal nothing.
      if (!ticket || !allowed) throw new TicketError("not_found", "没有找到这个工单，或您无权查看。");
      if (ticket.status === "answered" && proof.sessionId === ticket.sessionId) await tickets.markDelivered(ticket.id);
      return citizenView(ticket);
    },

    /**
     * The session's own tickets with their secrets (so 查询工单 works after the session is gone) and
     * staff answers, delivered or not: showing an answer in one place never hides it from another.
     */
    async sessionTickets(sessionId: string) {
      // WeChat session ids derive from the OpenID: those tickets are read in WeChat (查询), not here.
      const own = (await tickets.bySession(sessionId)).filter((t) => t.channel !== "wechat");
      for (const t of own) if (t.status === "answered" && !t.answerDeliveredAt) await tickets.markDelivered(t.id);
      return { tickets: own.map((t) => ({ ...citizenView(t), secret: t.secret })) };
    },
  };
}

export type CitizenService = ReturnType<typeof createCitizenService>;
