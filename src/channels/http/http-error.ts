export type HttpErrorCode =
  | "invalid_json"
  | "invalid_request"
  | "payload_too_large"
  | "not_found"
  | "not_ready"
  | "unauthorized"
  | "staff_disabled"
  | "conflict"
  | "internal_error";

/** The one HTTP error type; the message is for people (Chinese), the code for programs. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}
