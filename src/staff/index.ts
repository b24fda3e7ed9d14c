export { createTicketService, staffView, type TicketService, type TicketServiceDeps, type PublishFaq, type FaqPublisher } from "./ticket-service.js";
export { createCitizenService, type CitizenService } from "./citizen-service.js";
export { TicketError, type TicketErrorCode } from "./ticket-error.js";
