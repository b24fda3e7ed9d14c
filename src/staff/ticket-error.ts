export type TicketErrorCode = "not_found" | "conflict" | "invalid";

/** A use-case failure with a message for people; the HTTP layer maps the code to a status. */
export class TicketError extends Error {
  constructor(
    readonly code: TicketErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "TicketError";
  }
}
