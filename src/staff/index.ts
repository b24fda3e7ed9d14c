export { createTicketService, staffView, type TicketService, type TicketServiceDeps, type PublishFaq, type FaqPublisher } from "./ticket-service.js";
export { createCitizenService, type CitizenService } from "./citizen-service.js";
export { TicketError, type TicketErrorCode } from "./ticket-error.js";
export { createGapService, gapServiceOf, periodOf, type GapService, type GapReport, type GroupRef, type PublishFaqEntry } from "./gap-service.js";
export { questionVectors } from "./question-vectors.js";
