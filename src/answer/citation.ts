import type { Passage } from "../knowledge/index.js";
import type { Citation } from "./types.js";

const SNIPPET_CHARS = 80;

/** How an imported section is cited: 《专利法》第七十一条, 《专利法》第七十一条第二款, 《…通知》二、（一）开展就业见习. */
export function articleCitation(passage: Passage): string | undefined {
  return passage.article ? `《${passage.article.law}》${passage.heading}` : undefined;
}

export function toCitation(passage: Passage): Citation {
  const snippet = passage.body.length > SNIPPET_CHARS ? `${passage.body.slice(0, SNIPPET_CHARS)}…` : passage.body;
  const article = articleCitation(passage);
  return {
    docId: passage.docId,
    title: passage.title,
    section: passage.heading,
    issuer: passage.issuer,
    ...(passage.docNo ? { docNo: passage.docNo } : {}),
    ...(passage.url ? { url: passage.url } : {}),
    ...(article ? { article } : {}),
    ...(passage.basis ? { basis: passage.basis } : {}),
    snippet,
  };
}

/**
 * One plain-text line naming the official source: issuer, document, 文号, and our section(s).
 * Sections of one document share the line: 来源：…；标题·第一节、第二节. An imported document's
 * sections are cited as articles (来源：…；《专利法》第七十一条、第七十二条).
 */
export function sourceLine(first: Passage, ...sameDocument: Passage[]): string {
  const document = first.source ? `《${first.source}》` : `《${first.title}》`;
  const number = first.docNo ? `（${first.docNo}）` : "";
  const sections = [first, ...sameDocument];
  const where = first.article
    ? `${articleCitation(first)}${sameDocument.map((p) => `、${p.heading}`).join("")}`
    : `${first.title}·${sections.map((p) => p.heading).join("、")}`;
  return `来源：${first.issuer}${document}${number}；${where}`;
}
