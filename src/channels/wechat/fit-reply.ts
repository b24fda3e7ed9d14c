/** WeChat rejects a text reply whose Content reaches 2048 bytes (UTF-8). */
export const MAX_REPLY_BYTES = 2047;
export const ELLIPSIS = "……";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Spans that must never be cut: 文号 (财金〔2020〕21号), 《titles》, numbers with their decimals/units. */
const PROTECTED = /[\u4e00-\u9fa5A-Za-z]{0,10}[〔[]\d{4}[〕\]]\d+号|《[^》]{0,80}》|\d+(?:[.,:：/-]\d+)*(?:%|％)?/g;
/** A sentence ends after these, with any closing quotes or brackets that follow. */
const SENTENCE = /[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)/g;
const SOFT_BREAK = /[，,、：:]/;

/** Whether a line is kept whole and at the end: the source line or the ticket number. */
export const isTailLine = (line: string) => /^(来源|工单号)[：:]/.test(line);

/** A line cut into sentences; the 来源 line stays one piece. */
function sentences(line: string): string[] {
  if (isTailLine(line)) return [line];
  return (line.match(SENTENCE) ?? []).filter((s) => s.length > 0);
}

/** Cuts one over-long sentence into pieces under `max` bytes, never inside a protected span. */
function hardCut(text: string, max: number): string[] {
  const blocked = new Set<number>();
  for (const m of text.matchAll(PROTECTED)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) blocked.add(i);
  }
  const pieces: string[] = [];
  let start = 0;
  while (bytes(text.slice(start)) > max) {
    let used = 0;
    let lastAllowed = -1;
    let lastSoft = -1;
    for (let i = start; i < text.length; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      if (used + bytes(char) > max) break;
      used += bytes(char);
      i += char.length;
      if (!blocked.has(i)) {
        lastAllowed = i;
        if (SOFT_BREAK.test(char)) lastSoft = i;
      }
    }
    const cut = lastSoft > start ? lastSoft : lastAllowed > start ? lastAllowed : start + 1;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Splits a reply into parts of at most `max` bytes, at line and sentence ends where possible. */
export function splitReply(text: string, max = MAX_REPLY_BYTES): string[] {
  if (bytes(text) <= max) return [text];
  const parts: string[] = [];
  let current = "";
  const lines = text.split("\n");
  lines.forEach((line, lineIndex) => {
    sentences(line).forEach((sentence, index) => {
      const separator = index === 0 && lineIndex > 0 ? "\n" : "";
      if (current && bytes(current + separator + sentence) <= max) {
        current += separator + sentence;
        return;
      }
      if (current) parts.push(current);
      const pieces = bytes(sentence) <= max ? [sentence] : hardCut(sentence, max);
      parts.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1]!;
    });
  });
  if (current) parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Shortens a reply to one part of at most `max` bytes: whole sentences of the main text, then
 * "……", then the 来源 and 工单号 lines unchanged.
 */
export function shortenReply(text: string, max = MAX_REPLY_BYTES): string {
  if (bytes(text) <= max) return text;
  const lines = text.split("\n");
  const tail = lines.filter(isTailLine);
  const body = lines.filter((l) => !isTailLine(l));
  const tailText = tail.length ? `\n${tail.join("\n")}` : "";
  const budget = max - bytes(ELLIPSIS) - bytes(tailText);
  if (budget <= 0) return `${splitReply(text, max - bytes(ELLIPSIS))[0]}${ELLIPSIS}`;
  let kept = "";
  outer: for (const [lineIndex, line] of body.entries()) {
    for (const [index, sentence] of sentences(line).entries()) {
      const next = kept + (index === 0 && lineIndex > 0 ? "\n" : "") + sentence;
      if (bytes(next) > budget) break outer;
      kept = next;
    }
  }
  if (!kept.trim()) kept = hardCut(body.join("\n"), budget)[0]!;
  return `${kept.trimEnd()}${ELLIPSIS}${tailText}`;
}
