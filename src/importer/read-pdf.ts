import { getDocumentProxy } from "unpdf";
import { startsUnit } from "./markers.js";
import { importError, type SourceText } from "./source-text.js";

/** Fewer characters than this per page: the PDF is a scan (images), not text. */
const MIN_CHARS_PER_PAGE = 20;
const PAGE_NUMBER = /^[-—–\s]*\d+[-—–\s]*$/;
/** A full-width line ending like this still ends its paragraph when it happens to fill the line. */
const PARAGRAPH_END = /[。：:；;！？!?]$/;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Visual lines of one page, in reading order. */
function pageLines(items: TextItem[]): string[] {
  const lines: string[] = [];
  let current = "";
  let lastY: number | undefined;
  for (const item of items) {
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && current) {
      lines.push(current);
      current = "";
    }
    current += item.str;
    lastY = y ?? lastY;
    if (item.hasEOL) {
      lines.push(current);
      current = "";
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => l.trim()).filter((l) => l && !PAGE_NUMBER.test(l));
}

/**
 * A PDF wraps paragraphs into lines of (nearly) the full width: a line that long continues on the next one,
 * unless that next line opens a unit (第X条, （一）); a shorter line ends its paragraph (titles, dates, last lines).
 */
function joinWrapped(lines: string[]): string[] {
  const full = Math.max(...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let wrapped = false;
  for (const line of lines) {
    if (wrapped && !startsUnit(line)) paragraphs[paragraphs.length - 1] += line;
    else paragraphs.push(line);
    wrapped = line.length >= full * 0.85 && !PARAGRAPH_END.test(line);
  }
  return paragraphs;
}

/** Reads a PDF's text layer (pdf.js through unpdf); a scan without text is refused with a clear reason. */
export async function readPdf(file: string, buffer: Buffer): Promise<SourceText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buffer), { verbosity: 0 });
  } catch (error) {
    throw importError(file, `not a readable PDF (${(error as Error).message})`);
  }
  const lines: string[] = [];
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const content = await (await pdf.getPage(page)).getTextContent();
    lines.push(...pageLines(content.items as TextItem[]));
  }
  const chars = lines.join("").length;
  if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) {
    throw importError(file, `the PDF has no text layer (${chars} characters on ${pdf.numPages} pages): it looks scanned; run OCR on it first, or import a text version`);
  }
  const title = ((await pdf.getMetadata()).info as { Title?: string } | undefined)?.Title?.trim();
  return { lines: joinWrapped(lines), meta: title ? { title } : {} };
}
