/** Every failure the application raises on purpose carries one of these codes. */
export type ZhiceErrorCode =
  | "CONFIG_INVALID"
  | "KNOWLEDGE_INVALID"
  | "INDEX_FAILED"
  | "EMBEDDINGS_FAILED"
  | "STORAGE_FAILED"
  | "DATA_FILE_MISSING"
  | "IMPORT_FAILED"
  | "LLM_FAILED";

/** One error base class for the whole project; messages are for operators (English). */
export class ZhiceError extends Error {
  readonly code: ZhiceErrorCode;

  constructor(code: ZhiceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ZhiceError";
    this.code = code;
  }
}
