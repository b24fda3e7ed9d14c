/**
 * 查询 + 工单号 from a follower: the status of their own ticket and, once there is one, the staff
 * answer. Only tickets the follower opened in the official account are shown (same session or
 * OpenID); any other number gets the same "not found" reply, so numbers reveal nothing.
 */
import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../../answer/data-files.js";
import type { Ticket } from "../../feedback/index.js";

/** 查询ZC20261206-ABCD…, 查询 zc…, 查询：ZC… */
const QUERY = /^\s*查询\s*[:：]?\s*(ZC\d{8}-[A-Z0-9]{4,20})\s*[。.]?\s*$/i;

/** What the query needs of the assistant (the full Assistant has both). */
interface TicketQueryAssistant {
  tickets: { get(id: string): Promise<Ticket | null> };
  config: { promptsDir: string };
}

const STATUSES = ["open", "claimed", "answered", "closed"] as const;
const words = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K, z.ZodString>);
const schema = z.object({ ticket_query: words(["pending", "answered", "not_found"] as const), ticket_status: words(STATUSES) });
const loaded = new Map<string, z.infer<typeof schema>>();

/** The ticket number in a 查询 message, or null when the message is a question. */
export function ticketQueryNumber(text: string): string | null {
  return QUERY.exec(text)?.[1]?.toUpperCase() ?? null;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "2026-12-06 14:30" in China time, as followers read it. */
function chinaTime(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16).replace("T", " ");
}

/** The reply to a 查询 message, or null when the text is not one (it is then answered as a question). */
export async function answerTicketQuery(assistant: object, openId: string, sessionId: string, text: string): Promise<string | null> {
  const ticketId = ticketQueryNumber(text);
  // The WeChat handler's assistant type lists only what answering needs; the running Assistant has tickets.
  if (!ticketId || !("tickets" in assistant) || !("config" in assistant)) return null;
  const { tickets, config } = assistant as TicketQueryAssistant;
  let texts = loaded.get(config.promptsDir);
  if (!texts) loaded.set(config.promptsDir, (texts = readYamlFile(path.join(config.promptsDir, "replies.yaml"), schema)));
  const ticket = await tickets.get(ticketId);
  if (!ticket || (ticket.sessionId !== sessionId && ticket.replyTo !== openId)) {
    return fill(texts.ticket_query.not_found, { ticketId });
  }
  const answered = ticket.answer !== null && (ticket.status === "answered" || ticket.status === "closed");
  return fill(answered ? texts.ticket_query.answered : texts.ticket_query.pending, {
    ticketId,
    status: texts.ticket_status[ticket.status],
    question: ticket.question,
    answer: ticket.answer ?? "",
    time: chinaTime(ticket.answeredAt),
  });
}
