/**
 * Key-term highlighting for search results: the snippet is split into plain and matched pieces, and
 * the matches are wrapped in <mark> elements built with DOM APIs (never HTML strings).
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits `text` at every occurrence of any of `terms` (case-insensitive, longest term first, no
 * overlaps). Terms shorter than two characters are ignored: single characters would mark everything.
 */
export function segments(text: string, terms: readonly string[]): Segment[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(usable.map(escapeRegExp).join("|"), "gi");
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start), mark: false });
    out.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/** The highlighted text as a fragment of text nodes and <mark> elements. */
export function highlighted(text: string, terms: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of segments(text, terms)) {
    if (piece.mark) {
      const mark = document.createElement("mark");
      mark.textContent = piece.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(piece.text));
    }
  }
  return fragment;
}

