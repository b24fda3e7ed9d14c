import { maskPersonalData, type Ticket, type TicketFilter, type TicketRepository, type TicketStats } from "../feedback/index.js";
import { TOPICS, type FaqEntry, type Topic } from "../knowledge/index.js";
import type { Logger } from "../ops/logger.js";
import { TicketError } from "./ticket-error.js";

export interface PublishFaq {
  /** The question as it should read in the knowledge base (defaults to the ticket's, masked). */
  question?: string;
  phrasings: string[];
  topic?: Topic;
}

/**
 * A ticket as staff see it: the question masked, and decrypted as typed only for the staff member
 * handling it (who may need the ID or phone number to look the case up).
 */
export function staffView(ticket: Ticket, staff: string, original: (ticket: Ticket) => string) {
  const { secret: _secret, idempotencyKey: _key, replyTo: _replyTo, sealedQuestion: _sealed, ...rest } = ticket;
  const handling = ticket.claimedBy === staff || ticket.answeredBy === staff;
  return { ...rest, question: handling ? original(ticket) : maskPersonalData(ticket.question) };
}

/** Publishes a staff answer as a FAQ knowledge entry (file and running index); resolves to its document id. */
export interface FaqPublisher {
  publish(entry: FaqEntry): Promise<string>;
}

/** What the staff use cases need: the queue, its statistics, the FAQ publisher. */
export interface TicketServiceDeps {
  tickets: TicketRepository;
  stats(): Promise<TicketStats>;
  faq: FaqPublisher;
  /** Called after a ticket is answered (for example to push the answer to WeChat). */
  onAnswered?: (ticket: Ticket) => Promise<void>;
  log?: Logger;
}

/** The use cases hotline staff perform on the queue; routes call these and nothing else. */
export function createTicketService({ tickets, stats, faq, onAnswered, log }: TicketServiceDeps) {
  const view = (ticket: Ticket, staff: string) => staffView(ticket, staff, tickets.originalQuestion);

  async function mustGet(id: string): Promise<Ticket> {
    const ticket = await tickets.get(id);
    if (!ticket) throw new TicketError("not_found", "没有找到这个工单。"); // never echo the id: it is raw input
    return ticket;
  }

  async function move(id: string, action: "claim" | "close" | "reopen", staff: string) {
    await mustGet(id);
    const moved = await tickets.transition(id, action, staff);
    if (!moved) {
      const current = await mustGet(id);
      throw new TicketError("conflict", `工单当前状态为“${current.status}”${current.claimedBy ? `（${current.claimedBy} 处理中）` : ""}，不能执行该操作。`);
    }
    return view(moved, staff);
  }

  return {
    async list(filter: TicketFilter, staff: string) {
      const page = await tickets.list(filter);
      return { total: page.total, tickets: page.tickets.map((t) => ({ ...view(t, staff), question: maskPersonalData(t.question) })) };
    },
    async get(id: string, staff: string) {
      const ticket = await mustGet(id);
      return { ...view(ticket, staff), audit: await tickets.audit(id) };
    },
    claim: (id: string, staff: string) => move(id, "claim", staff),
    close: (id: string, staff: string) => move(id, "close", staff),
    reopen: (id: string, staff: string) => move(id, "reopen", staff),

    /** Answers a claimed ticket; with publishFaq the answer becomes a knowledge entry at once. */
    async answer(id: string, staff: string, answer: string, publish?: PublishFaq) {
      const ticket = await mustGet(id);
      if (ticket.status !== "claimed" || ticket.claimedBy !== staff) {
        throw new TicketError("conflict", "只有认领该工单的工作人员才能答复，请先认领。");
      }
      let faqId: string | undefined;
      if (publish) {
        const topic = publish.topic ?? (TOPICS.includes(ticket.topic as Topic) ? (ticket.topic as Topic) : null);
        if (!topic) throw new TicketError("invalid", "发布为常见问答时请选择所属主题（topic）。");
        faqId = await faq.publish({
          question: publish.question ?? maskPersonalData(ticket.question),
          phrasings: publish.phrasings,
          answer,
          topic,
          staff,
          ticketId: ticket.id,
        });
      }
      const answered = await tickets.transition(id, "answer", staff, { answer, faqId });
      if (!answered) throw new TicketError("conflict", "工单状态已变化，请刷新后再试。");
      // A failed push is not the staff member's problem: the citizen sees the answer at their next visit.
      await onAnswered?.(answered).catch((error: unknown) => log?.warn({ err: error, ticketId: id }, "pushing a staff answer failed"));
      return view(answered, staff);
    },

    stats: () => stats(),
  };
}

export type TicketService = ReturnType<typeof createTicketService>;
