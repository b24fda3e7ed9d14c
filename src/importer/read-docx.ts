import mammoth from "mammoth";
import { readHtml } from "./read-html.js";
import { importError, type SourceText } from "./source-text.js";

/** Reads a Word document through mammoth's HTML, so DOCX and web pages share one path. */
export async function readDocx(file: string, buffer: Buffer): Promise<SourceText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (error) {
    throw importError(file, `not a readable .docx file (${(error as Error).message})`);
  }
  // A DOCX has no page <title>: the title is its first line, found with the other front lines.
  return { lines: readHtml(`<html><body>${html}</body></html>`).lines, meta: {} };
}
