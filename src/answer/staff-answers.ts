import type { TicketRepository } from "../feedback/index.js";
import type { StaffAnswer } from "./types.js";

/**
 * Staff answers to this session's earlier tickets that the citizen has not seen yet. They are
 * marked delivered once they are put in a reply, where each channel shows them as their own message.
 */
export async function collectStaffAnswers(tickets: TicketRepository, sessionId: string): Promise<StaffAnswer[]> {
  const pending = await tickets.undelivered(sessionId);
  for (const ticket of pending) await tickets.markDelivered(ticket.id);
  return pending.map((t) => ({ ticketId: t.id, question: t.question, answer: t.answer ?? "" }));
}
