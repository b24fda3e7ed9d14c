export { openFeedbackStorage, type FeedbackStorage, type StorageOptions } from "./storage.js";
export type { TicketRepository, TransitionFields } from "./ticket-repository.js";
export type { AnswerLog, LoggedAnswer } from "./answer-log.js";
export type { TicketStats } from "./ticket-stats.js";
export { maskPersonalData } from "./privacy.js";
export {
  newTicketId, type AuditEntry, type NewTicket, type Ticket, type TicketCandidate, type TicketFilter,
  type TicketSource, type TicketStatus,
} from "./ticket.js";
export { TicketQuotaError } from "./ticket-quota.js";
// Types only: createFaqFeed (and with it pg) is imported from ./faq-feed.js where PostgreSQL is configured.
export type { FaqFeed, PublishedFaq } from "./faq-feed.js";
