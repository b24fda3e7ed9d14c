import type { Replies } from "../../answer/index.js";
import type { Ticket, TicketRepository } from "../../feedback/index.js";
import { MAX_REPLY_BYTES, splitReply } from "./fit-reply.js";
import type { CustomerServiceApi } from "./wechat-api.js";

/**
 * Sends a staff answer to the follower at once through the customer-service API (allowed within
 * 48 hours of their last message). On success the ticket counts as delivered; on failure nothing
 * is lost: the answer is shown at the follower's next message instead.
 */
export function createStaffAnswerPush(api: CustomerServiceApi, replies: Replies, tickets: TicketRepository) {
  return async function push(ticket: Ticket): Promise<void> {
    if (ticket.channel !== "wechat" || !ticket.replyTo || !ticket.answer) return;
    const text = replies.render("staff_answer", { ticketId: ticket.id, answer: ticket.answer });
    for (const part of splitReply(text, MAX_REPLY_BYTES)) await api.sendText(ticket.replyTo, part);
    await tickets.markDelivered(ticket.id);
  };
}
