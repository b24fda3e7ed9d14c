export { createSqliteTicketRepository } from "./sqlite-ticket-repository.js";
export { newTicketId, type NewTicket, type Ticket, type TicketRepository, type TicketStatus, type TicketCandidate } from "./ticket.js";
