import { MARKERS } from "./markers.js";
import type { DocumentMeta } from "./source-text.js";

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATES = new RegExp(DATE.source, "g");
/** A decree's number in digits or in Chinese numerals, as older laws print it (主席令第二十号). */
const DECREE_NO = "令第(?:\\d+|[零〇一二三四五六七八九十百千]+)号";
/** A local people's congress publishes its regulations by announcement, numbered within its term: 公告〔十六届〕第28号. */
const ANNOUNCEMENT_NO = "公告〔[\\u4e00-\\u9fa5\\d]{1,8}〕第\\d+号";
const DOC_NO = new RegExp(`([\\u4e00-\\u9fa5]{1,16}〔\\d{4}〕\\d+号|[\\u4e00-\\u9fa5]{1,16}${DECREE_NO}|[\\u4e00-\\u9fa5]{0,20}${ANNOUNCEMENT_NO})`);
/** How a document's title ends (法, 条例, 通知…): a line or heading that ends so can be the title. */
export const DOCUMENT_TITLE = /(法|条例|规定|办法|细则|通知|意见|决定|方案|规则|措施|公告|通告|批复|纲要|规划)$/;
const TITLE = DOCUMENT_TITLE;
const LABELS: [RegExp, keyof DocumentMeta][] = [
  [/^(?:标\s*题|名\s*称)[:：]\s*(.+)$/, "title"],
  [/^(?:发文机关|发布机关|制定机关|发布单位)[:：]\s*(.+)$/, "issuer"],
  [/^(?:发文字号|文\s*号)[:：]\s*(.+)$/, "docNo"],
  [/^(?:成文日期|发布日期|公布日期|印发日期)[:：]\s*(.+)$/, "published"],
  [/^(?:施行日期|生效日期|实施日期)[:：]\s*(.+)$/, "effective"],
];
/** The body that passed a text at one of its meetings (a congress's 第N次会议 is matched above, by its name). */
const MEETING = /([\u4e00-\u9fa5]{2,24}?)第\s*\d+\s*次(?:常务|部务|局务|委务|署务|行务|主任|办公)会议(?:审议)?通过/;
/** A notice's addressee line (各省、自治区…：) is neither metadata nor content. */
const ADDRESSEE = /^各.{2,80}[:：]$/;
const TRAILER = /^[（(]?此件.{0,10}[)）]?$/;

export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
}

/**
 * Labelled metadata (发文机关：国务院, 发文字号：国令第722号), as government pages show it in a table; a label
 * whose value is in the next cell takes the next line.
 */
export function readLabels(lines: string[], meta: Partial<DocumentMeta> = {}): Partial<DocumentMeta> {
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? "";
    for (const [pattern, key] of LABELS) {
      const m = pattern.exec(line) ?? (/[:：]$/.test(line) ? pattern.exec(`${line}${next}`) : null);
      if (m) meta[key] ??= key === "published" || key === "effective" ? isoDate(m[1]!) ?? m[1]! : m[1]!.trim();
    }
  });
  return meta;
}

/** Metadata a dated line states: 公布/通过/修正 dates, 施行 date, 令 number and issuer. */
function readDatedLine(line: string, meta: Partial<DocumentMeta>): void {
  readLabels([line], meta);
  if (LABELS.some(([pattern]) => pattern.test(line))) return;
  // Dates removed first: in 2024年3月1日示范市人民政府令第18号 the 文号 starts after 日.
  const undated = line.replace(DATES, " ");
  const docNo = DOC_NO.exec(undated)?.[1]?.replace(/^中华人民共和国/, "");
  if (docNo && !meta.docNo) meta.docNo = docNo;
  if (!meta.issuer && /全国人民代表大会常务委员会/.test(line)) meta.issuer = "全国人民代表大会常务委员会";
  // A local regulation: 示范市第十六届人民代表大会常务委员会第三十次会议通过.
  const congress = /([\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|自治州|县|区))第[一二三四五六七八九十]+届人民代表大会常务委员会/.exec(undated);
  if (!meta.issuer && congress && !/全国/.test(congress[1]!)) meta.issuer = `${congress[1]}人民代表大会常务委员会`;
  // A regulation passed at its issuer's meeting: 国务院第190次常务会议通过, 人力资源社会保障部第5次部务会议审议通过.
  const meeting = MEETING.exec(undated)?.[1]?.replace(/^(?:已经|已由|经|由|于)/, "");
  if (!meta.issuer && meeting && meeting.length >= 2) meta.issuer = meeting;
  const decree = docNo && new RegExp(`^(.+)${DECREE_NO}$`).exec(docNo)?.[1];
  if (!meta.issuer && decree && decree !== "主席") meta.issuer = decree;
  for (const m of line.matchAll(DATES)) {
    const date = isoDate(m[0])!;
    const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (/施行|实施|生效/.test(after)) meta.effective = date;
    else if (!meta.published || date > meta.published) meta.published = date;
  }
}

export interface FrontLines {
  meta: Partial<DocumentMeta>;
  /** Content lines: from the first structural unit (or a notice's opening paragraph) to before the signature. */
  body: string[];
}

/** Splits a document's lines into its front matter (title, dated lines, 文号, signature) and its content. */
export function readFrontLines(lines: string[], known: Partial<DocumentMeta> = {}): FrontLines {
  const lawStart = lines.findIndex((l) => MARKERS.part.test(l) || MARKERS.chapter.test(l) || MARKERS.article.test(l));
  const start = lawStart >= 0 ? lawStart : Math.max(0, lines.findIndex((l) => MARKERS.point.test(l)));
  const meta: Partial<DocumentMeta> = { ...known };
  delete meta.title;
  const header = lines.slice(0, start);
  // A notice opens with a paragraph before 一、: it is content, not metadata.
  const opening = header.findIndex((l, i) => i > 0 && l.length > 40 && /[。；]$/.test(l) && !DATE.test(l.slice(0, 14)));
  const front = opening >= 0 && lawStart < 0 ? header.slice(0, opening) : header;
  const titleLine = front.find((l) => known.title?.includes(l)) ?? front.find((l) => TITLE.test(l) && l.length <= 60);
  meta.title = titleLine ?? known.title?.split(/[_|]/)[0]?.trim();
  for (const line of front) if (line !== titleLine) readDatedLine(line, meta);

  let end = lines.length;
  // The signature of a notice: issuer and date on the last lines.
  while (end > start + 1 && (TRAILER.test(lines[end - 1]!) || (isoDate(lines[end - 1]!) && lines[end - 1]!.length <= 16))) {
    if (isoDate(lines[end - 1]!)) meta.published ??= isoDate(lines[end - 1]!);
    end -= 1;
  }
  const signer = lines[end - 1];
  if (lawStart < 0 && end < lines.length && signer && signer.length <= 30 && !/[。，；：]/.test(signer)) {
    meta.issuer ??= signer;
    end -= 1;
  }
  const openingLines = opening >= 0 && lawStart < 0 ? header.slice(opening) : [];
  const body = [...openingLines, ...lines.slice(start, end)].filter((l) => !ADDRESSEE.test(l));
  const commencement = /自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起施行/.exec(body.join(""));
  meta.effective ??= commencement ? isoDate(commencement[1]!) : /自(印发|发布|公布)之日起施行/.test(body.join("")) ? meta.published : undefined;
  return { meta, body };
}
