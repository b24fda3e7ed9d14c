import type { Passage } from "../knowledge/index.js";
import type { Citation } from "./types.js";

const SNIPPET_CHARS = 80;

export function toCitation(passage: Passage): Citation {
  const snippet = passage.body.length > SNIPPET_CHARS ? `${passage.body.slice(0, SNIPPET_CHARS)}…` : passage.body;
  return {
    docId: passage.docId,
    title: passage.title,
    section: passage.heading,
    issuer: passage.issuer,
    ...(passage.docNo ? { docNo: passage.docNo } : {}),
    ...(passage.url ? { url: passage.url } : {}),
    ...(passage.basis ? { basis: passage.basis } : {}),
    snippet,
  };
}

/**
 * One plain-text line naming the official source: issuer, document, 文号, and our section(s).
 * Sections of one document share the line: 来源：…；标题·第一节、第二节.
 */
export function sourceLine(first: Passage, ...sameDocument: Passage[]): string {
  const document = first.source ? `《${first.source}》` : `《${first.title}》`;
  const number = first.docNo ? `（${first.docNo}）` : "";
  const headings = [first, ...sameDocument].map((p) => p.heading).join("、");
  return `来源：${first.issuer}${document}${number}；${first.title}·${headings}`;
}
