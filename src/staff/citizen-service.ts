import crypto from "node:crypto";
import type { Assistant } from "../app/create-assistant.js";
import type { Ticket } from "../feedback/index.js";
import { TicketError } from "./ticket-error.js";

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [crypto.createHash("sha256").update(a).digest(), crypto.createHash("sha256").update(b).digest()];
  return crypto.timingSafeEqual(x, y);
}

/** What citizens may do with tickets: rate an answer, ask for a person, read their own ticket. */
export function createCitizenService(assistant: Assistant) {
  const { tickets, answers } = assistant.storage;

  return {
    /** A rating; an unhelpful one puts the question in the queue (returns its ticket). */
    async rate(input: { sessionId: string; answerId: string; helpful: boolean; comment?: string; idempotencyKey?: string }) {
      const known = await answers.rate(input);
      if (!known) throw new TicketError("not_found", "没有找到这条回答，可能已过期。");
      if (input.helpful) return { ticketId: undefined };
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
      return { ticketId: ticket.id };
    },

    /** 转人工: the question goes to staff as it is. */
    async handoff(input: { sessionId: string; message: string; channel: string; idempotencyKey?: string }) {
      const { ticket } = await tickets.create({
        sessionId: input.sessionId,
        channel: input.channel,
        source: "handoff",
        question: input.message,
        topic: null,
        reason: "handoff",
        candidates: [],
        idempotencyKey: input.idempotencyKey,
      });
      return { ticketId: ticket.id, secret: ticket.secret, message: assistant.replies.render("handoff", { ticketId: ticket.id }) };
    },

    /** Status and staff answer, only for the session that created the ticket or with its secret. */
    async view(id: string, proof: { sessionId?: string; secret?: string }) {
      const ticket: Ticket | null = await tickets.get(id);
      const allowed =
        ticket && ((proof.sessionId && proof.sessionId === ticket.sessionId) || (proof.secret && sameSecret(proof.secret, ticket.secret)));
      // The same answer for "no such ticket" and "not yours": ticket numbers reveal nothing.
      if (!ticket || !allowed) throw new TicketError("not_found", "没有找到这个工单，或您无权查看。");
      if (ticket.status === "answered" && proof.sessionId === ticket.sessionId) await tickets.markDelivered(ticket.id);
      return {
        ticketId: ticket.id,
        status: ticket.status,
        createdAt: ticket.createdAt,
        answer: ticket.status === "answered" || ticket.status === "closed" ? ticket.answer : null,
        answeredAt: ticket.answeredAt,
      };
    },
  };
}

export type CitizenService = ReturnType<typeof createCitizenService>;
