export type HttpErrorCode =
  | "invalid_json"
  | "invalid_request"
  | "payload_too_large"
  | "not_found"
  | "not_ready"
  | "unauthorized"
  | "staff_disabled"
  | "conflict"
  | "rate_limited"
  | "internal_error";

/** The one HTTP error type; the message is for people (Chinese), the code for programs. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    /** Sent as Retry-After (429 and 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}
