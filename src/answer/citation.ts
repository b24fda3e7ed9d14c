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
    snippet,
  };
}

/** One plain-text line naming the official source: issuer, document, 文号, and our section. */
export function sourceLine(passage: Passage): string {
  const document = passage.source ? `《${passage.source}》` : `《${passage.title}》`;
  const number = passage.docNo ? `（${passage.docNo}）` : "";
  return `来源：${passage.issuer}${document}${number}；${passage.title}·${passage.heading}`;
}
