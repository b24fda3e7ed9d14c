/**
 * Browser-side shapes of the /api/chat contract (src/answer/types.ts) and of the stored conversation,
 * with guards: everything from the network or from storage is checked before it is rendered.
 */

import type { ChatResponse, ChatStatus, Citation } from "../../../answer/types.js";

export type { ChatStatus, Citation } from "../../../answer/types.js";

/** The fields of ChatResponse (the server's own type) the widget uses. */
export type ChatReply = Pick<
  ChatResponse,
  "sessionId" | "answerId" | "status" | "answer" | "citations" | "ticketId" | "suggestions" | "staffAnswers"
>;

/** A ticket as the citizen sees it (GET /api/tickets/:id, GET /api/sessions/:id/tickets). */
export interface TicketView {
  ticketId: string;
  status: string;
  question: string;
  answer: string | null;
  answeredAt: string | null;
  secret?: string;
}

export type Feedback = "up" | "down";

/** One line of the conversation as it is kept in storage and rendered. */
export type Entry =
  | { kind: "user"; text: string }
  | { kind: "bot"; question: string; reply: ChatReply; feedback?: Feedback }
  | { kind: "ticket"; text: string; ticketId: string; secret?: string }
  | { kind: "staff"; ticketId: string; question: string; answer: string; answeredAt: string | null };

const STATUSES: readonly string[] = ["answered", "clarify", "escalated", "out_of_scope"];
export const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const str = (value: unknown): string => (typeof value === "string" ? value : "");
const optStr = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

function parseCitation(value: unknown): Citation | null {
  if (!isObject(value) || typeof value.title !== "string") return null;
  const citation: Citation = {
    docId: str(value.docId),
    title: value.title,
    section: str(value.section),
    issuer: str(value.issuer),
    snippet: str(value.snippet),
  };
  // Optional fields, kept when the server sends them (url and basis come with newer servers).
  for (const key of ["docNo", "url", "basis", "effective"] as const) {
    const text = optStr(value[key]);
    if (text) (citation as Citation & Loose)[key] = text;
  }
  return citation;
}

/** A ChatReply from untrusted JSON, or null when the body is not one. */
export function parseChatReply(value: unknown): ChatReply | null {
  if (!isObject(value) || typeof value.answer !== "string" || !STATUSES.includes(str(value.status))) return null;
  const reply: ChatReply = {
    sessionId: str(value.sessionId),
    answerId: str(value.answerId),
    status: value.status as ChatStatus,
    answer: value.answer,
    citations: Array.isArray(value.citations)
      ? value.citations.map(parseCitation).filter((c): c is Citation => c !== null)
      : [],
  };
  const ticketId = optStr(value.ticketId);
  if (ticketId) reply.ticketId = ticketId;
  if (Array.isArray(value.suggestions)) {
    reply.suggestions = value.suggestions.filter((s): s is string => typeof s === "string" && s.length > 0);
  }
  if (Array.isArray(value.staffAnswers)) {
    reply.staffAnswers = value.staffAnswers
      .filter(isObject)
      .filter((a) => typeof a.ticketId === "string" && typeof a.answer === "string")
      .map((a) => ({ ticketId: str(a.ticketId), question: str(a.question), answer: str(a.answer) }));
  }
  return reply;
}

/** A ticket view from untrusted JSON, or null. */
export function parseTicketView(value: unknown): TicketView | null {
  if (!isObject(value) || typeof value.ticketId !== "string" || typeof value.status !== "string") return null;
  const view: TicketView = {
    ticketId: value.ticketId,
    status: value.status,
    question: str(value.question),
    answer: optStr(value.answer) ?? null,
    answeredAt: optStr(value.answeredAt) ?? null,
  };
  const secret = optStr(value.secret);
  if (secret) view.secret = secret;
  return view;
}

/** One stored entry, or null when it is damaged. */
export function parseEntry(value: unknown): Entry | null {
  if (!isObject(value)) return null;
  if (value.kind === "user" && typeof value.text === "string") return { kind: "user", text: value.text };
  if (value.kind === "ticket" && typeof value.text === "string" && typeof value.ticketId === "string") {
    const secret = optStr(value.secret);
    return { kind: "ticket", text: value.text, ticketId: value.ticketId, ...(secret ? { secret } : {}) };
  }
  if (value.kind === "staff" && typeof value.ticketId === "string" && typeof value.answer === "string") {
    return { kind: "staff", ticketId: value.ticketId, question: str(value.question), answer: value.answer, answeredAt: optStr(value.answeredAt) ?? null };
  }
  if (value.kind !== "bot") return null;
  const reply = parseChatReply(value.reply);
  if (!reply) return null;
  const entry: Entry = { kind: "bot", question: str(value.question), reply };
  if (value.feedback === "up" || value.feedback === "down") entry.feedback = value.feedback;
  return entry;
}
