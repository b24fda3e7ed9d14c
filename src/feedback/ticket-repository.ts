import type { AuditEntry, NewTicket, Ticket, TicketAction, TicketFilter } from "./ticket.js";

export interface TransitionFields {
  answer?: string;
  faqId?: string;
}

/** Storage for tickets and their audit trail; SQLite and PostgreSQL behind one implementation. */
export interface TicketRepository {
  /**
   * Resolves only after the ticket is durably committed; `created` is false for a replayed key or
   * when the session's identical question is still open. Throws TicketQuotaError past the daily quota.
   */
  create(ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | null>;
  /** The question as the citizen typed it (decrypted): only for the staff member handling the ticket. */
  originalQuestion(ticket: Ticket): string;
  list(filter?: TicketFilter): Promise<{ tickets: Ticket[]; total: number }>;
  /**
   * Moves a ticket along open → claimed → answered → closed (and reopen) in one atomic
   * conditional update; resolves to null when the ticket is not in a state that allows it.
   */
  transition(id: string, action: Exclude<TicketAction, "create" | "deliver" | "purge">, actor: string, fields?: TransitionFields): Promise<Ticket | null>;
  audit(id: string): Promise<AuditEntry[]>;
  /** Answered tickets of a session whose answer the citizen has not been shown yet. */
  undelivered(sessionId: string): Promise<Ticket[]>;
  markDelivered(id: string): Promise<void>;
  /** Deletes personal data of tickets closed more than `days` days ago; returns how many. */
  purgeClosed(days: number): Promise<number>;
}
