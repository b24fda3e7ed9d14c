import crypto from "node:crypto";

export type TicketStatus = "open" | "claimed" | "answered" | "closed";
/** Where a ticket came from: an escalated question, an answer rated unhelpful, or 转人工. */
export type TicketSource = "escalation" | "unhelpful" | "handoff";
export type TicketAction = "create" | "claim" | "answer" | "close" | "reopen" | "deliver" | "purge";

export interface TicketCandidate {
  passageId: string;
  heading: string;
  score: number;
}

export interface NewTicket {
  sessionId: string;
  channel: string;
  source: TicketSource;
  question: string;
  topic: string | null;
  reason: string;
  candidates: TicketCandidate[];
  /** A retried request with the same key gets the same ticket. */
  idempotencyKey?: string;
  /** Where the staff answer can be pushed (the WeChat OpenID), when the channel allows it. */
  replyTo?: string;
}

export interface Ticket extends NewTicket {
  id: string;
  /** Lets a citizen read the ticket without the session (printed on the reply). */
  secret: string;
  status: TicketStatus;
  createdAt: string;
  updatedAt: string;
  claimedBy: string | null;
  claimedAt: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  answerDeliveredAt: string | null;
  closedAt: string | null;
  faqId: string | null;
  /** The original question, encrypted (question holds it masked); null once purged. */
  sealedQuestion: string | null;
}

export interface AuditEntry {
  ticketId: string;
  action: TicketAction;
  actor: string;
  at: string;
  detail: string | null;
}

export interface TicketFilter {
  status?: TicketStatus;
  topic?: string;
  channel?: string;
  /** Only tickets created at least this many hours ago. */
  minAgeHours?: number;
  limit?: number;
  offset?: number;
}

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud on the phone

function randomCode(length: number): string {
  return [...crypto.randomBytes(length)].map((b) => ALPHABET[b % 32]).join("");
}

/** A ticket number that can't be guessed: the date, then 60 random bits in an unambiguous alphabet. */
export function newTicketId(now = new Date()): string {
  return `ZC${now.toISOString().slice(0, 10).replace(/-/g, "")}-${randomCode(12)}`;
}

export function newTicketSecret(): string {
  return randomCode(16);
}
