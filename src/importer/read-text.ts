import { cleanLines, type SourceText } from "./source-text.js";

/** Plain text, UTF-8 or (older government files) GB18030. */
export function readText(buffer: Buffer): SourceText {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder("gb18030").decode(buffer);
  }
  return { lines: cleanLines(text.replace(/^\uFEFF/, "")), meta: {} };
}
