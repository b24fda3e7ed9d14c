import crypto from "node:crypto";

export type TicketStatus = "open" | "claimed" | "answered" | "closed";

export interface TicketCandidate {
  passageId: string;
  heading: string;
  score: number;
}

export interface NewTicket {
  sessionId: string;
  channel: string;
  question: string;
  topic: string | null;
  reason: string;
  candidates: TicketCandidate[];
}

export interface Ticket extends NewTicket {
  id: string;
  status: TicketStatus;
  createdAt: string;
}

/** Storage for escalated questions; SQLite today, PostgreSQL behind the same interface later. */
export interface TicketRepository {
  /** Resolves only after the ticket is durably committed. */
  create(ticket: NewTicket): Promise<Ticket>;
  get(id: string): Promise<Ticket | null>;
  list(options?: { status?: TicketStatus; limit?: number }): Promise<Ticket[]>;
  close(): Promise<void>;
}

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud on the phone

/** A ticket number that can't be guessed: the date, then 60 random bits in an unambiguous alphabet. */
export function newTicketId(now = new Date()): string {
  const bytes = crypto.randomBytes(12);
  const random = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  return `ZC${now.toISOString().slice(0, 10).replace(/-/g, "")}-${random}`;
}
