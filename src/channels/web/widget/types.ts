/**
 * Browser-side shapes of the /api/chat contract (src/answer/types.ts) and of the stored conversation,
 * with guards: everything from the network or from storage is checked before it is rendered.
 */

import type { ChatResponse, ChatStatus, Citation } from "../../../answer/types.js";

export type { ChatStatus, Citation } from "../../../answer/types.js";

/** The fields of ChatResponse (the server's own type) the widget uses. */
export type ChatReply = Pick<ChatResponse, "sessionId" | "answerId" | "status" | "answer" | "citations" | "ticketId" | "suggestions">;

export type Feedback = "up" | "down";

/** One line of the conversation as it is kept in storage and rendered. */
export type Entry =
  | { kind: "user"; text: string }
  | { kind: "bot"; question: string; reply: ChatReply; feedback?: Feedback }
  | { kind: "ticket"; text: string; ticketId: string };

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
  const docNo = optStr(value.docNo);
  const url = optStr(value.url);
  if (docNo) citation.docNo = docNo;
  if (url) citation.url = url;
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
  return reply;
}

/** One stored entry, or null when it is damaged. */
export function parseEntry(value: unknown): Entry | null {
  if (!isObject(value)) return null;
  if (value.kind === "user" && typeof value.text === "string") return { kind: "user", text: value.text };
  if (value.kind === "ticket" && typeof value.text === "string" && typeof value.ticketId === "string") {
    return { kind: "ticket", text: value.text, ticketId: value.ticketId };
  }
  if (value.kind !== "bot") return null;
  const reply = parseChatReply(value.reply);
  if (!reply) return null;
  const entry: Entry = { kind: "bot", question: str(value.question), reply };
  if (value.feedback === "up" || value.feedback === "down") entry.feedback = value.feedback;
  return entry;
}
