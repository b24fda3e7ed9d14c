import type { Passage } from "../knowledge/index.js";
import type { ArticlePart } from "./extract-article.js";
import type { Citation } from "./types.js";

const ORDINALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];
const ordinal = (n: number) => ORDINALS[n] ?? String(n);

/** Where in the article the answer rests: 第二款第四项, 第四项 — empty for the whole article or a section already split per 款. */
export type Pinpoint = Omit<ArticlePart, "sentences">;
function pinpointText(passage: Passage, at: Pinpoint = {}): string {
  const paragraph = at.paragraph && passage.article?.paragraph === undefined ? `第${ordinal(at.paragraph)}款` : "";
  return `${paragraph}${at.item ? `第${ordinal(at.item)}项` : ""}`;
}

const SNIPPET_CHARS = 80;

/**
 * How an imported section is cited: 《专利法》第七十一条, 《专利法》第七十一条第二款, 《劳动合同法》第四十二条第四项
 * (the 项 the answer quotes), 《…通知》二、（一）开展就业见习.
 */
export function articleCitation(passage: Passage, at?: Pinpoint): string | undefined {
  return passage.article ? `《${passage.article.law}》${passage.heading}${passage.article.number ? pinpointText(passage, at) : ""}` : undefined;
}

export function toCitation(passage: Passage, at?: Pinpoint): Citation {
  const snippet = passage.body.length > SNIPPET_CHARS ? `${passage.body.slice(0, SNIPPET_CHARS)}…` : passage.body;
  const article = articleCitation(passage, at);
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
export function sourceLine(first: Passage, sameDocument: readonly Passage[] = [], at?: Pinpoint): string {
  const document = first.source ? `《${first.source}》` : `《${first.title}》`;
  const number = first.docNo ? `（${first.docNo}）` : "";
  const sections = [first, ...sameDocument];
  const where = first.article
    ? `${articleCitation(first, at)}${sameDocument.map((p) => `、${p.heading}`).join("")}`
    : `${first.title}·${sections.map((p) => p.heading).join("、")}`;
  return `来源：${first.issuer}${document}${number}；${where}`;
}
