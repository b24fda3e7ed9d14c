import { ZhiceError } from "../errors.js";

/** What a reader hands on: the document's text as lines (one paragraph each) and the metadata the format carries. */
export interface SourceText {
  lines: string[];
  meta: Partial<DocumentMeta>;
}

/** Metadata of an official document, from the text, the page or the operator's flags. */
export interface DocumentMeta {
  title: string;
  issuer: string;
  docNo: string;
  /** Publication date (YYYY-MM-DD). */
  published: string;
  /** Date the document takes effect (YYYY-MM-DD). */
  effective: string;
  url: string;
}

export function importError(file: string, reason: string): ZhiceError {
  return new ZhiceError("IMPORT_FAILED", `${file}: ${reason}`);
}

/** Trims each line, folds runs of spaces (full-width too) and drops empty lines. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u3000\u00a0]+/g, " ").trim())
    .filter(Boolean);
}
