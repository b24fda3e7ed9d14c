/** A session (or WeChat follower) has filed its daily number of tickets. */
export class TicketQuotaError extends Error {
  constructor(
    readonly perDay: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`ticket quota of ${perDay} a day reached`);
    this.name = "TicketQuotaError";
  }
}
