import { MARKERS } from "./markers.js";
import type { DocumentMeta } from "./source-text.js";
import { bodyName, DATE, DATES, decreeIssuer, docNosOf, isoDate, isPromulgation, joinNumberLines, laterDocNo, type DocNoCandidate } from "./promulgation.js";

export { isoDate, isPromulgation } from "./promulgation.js";
/** The sentence that publishes a text names it: 《某某条例》经…会议通过, 《某某条例》已于…经…通过，现予公布. */
const PUBLISHED_NAME = /^《([^《》]{2,60})》(?:已经|已由|已于|经|由|于)/;


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


/**
 * The congress that passed a text, as issuers are written (without its term): 第九届全国人民代表大会常务委员会 →
 * 全国人民代表大会常务委员会; 《…》经示范市第十六届人民代表大会常务委员会第十次会议通过 → 示范市人民代表大会常务委员会.
 * A full congress (示范市第十六届人民代表大会第二次会议) only when `standingOnly` is false.
 */
function congressOf(undated: string, standingOnly: boolean): string | undefined {
  if (/全国人民代表大会常务委员会/.test(undated)) return "全国人民代表大会常务委员会";
  const local = /([\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|自治州|县|区))第[一二三四五六七八九十]+届人民代表大会(常务委员会)?/.exec(undated);
  const place = local && bodyName(local[1]!);
  if (place && place.length >= 2 && !/全国/.test(place) && (local[2] || !standingOnly)) return `${place}人民代表大会${local[2] ?? ""}`;
  if (!standingOnly && /全国人民代表大会/.test(undated)) return "全国人民代表大会";
  return undefined;
}

/** Metadata a dated line states: 公布/通过/修正 dates, 施行 date, issuer (its 文号 are read by docNosOf). */
function readDatedLine(line: string, meta: Partial<DocumentMeta>): void {
  readLabels([line], meta);
  if (LABELS.some(([pattern]) => pattern.test(line))) return;
  const undated = line.replace(DATES, " ");
  const congress = congressOf(undated, true);
  if (!meta.issuer && congress) meta.issuer = congress;
  // A regulation passed at its issuer's meeting: 国务院第190次常务会议通过, 人力资源社会保障部第5次部务会议审议通过.
  const meeting = MEETING.exec(undated)?.[1]?.replace(/^(?:已经|已由|经|由|于)/, "");
  if (!meta.issuer && meeting && meeting.length >= 2) meta.issuer = meeting;
  const decree = docNosOf(line).map((c) => decreeIssuer(c.docNo)).find(Boolean);
  if (!meta.issuer && decree && decree !== "主席") meta.issuer = decree;
  for (const m of line.matchAll(DATES)) {
    const date = isoDate(m[0])!;
    const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (/施行|实施|生效/.test(after)) meta.effective = date;
    else if (!meta.published || date > meta.published) meta.published = date;
  }
}


/** A page title's first part, before the site's name: …公告（第五十九号）_示范市人大, …——示范市人大网. */
function pagePart(title: string): string {
  return title.split(/[_|｜]|——|\s[-–—]\s/)[0]!.trim();
}

/**
 * The text's title among its front lines: the line the page's title names, unless that is a promulgation
 * (…常务委员会公告); else the 《…》 the publishing sentence names, or a line that reads like a title.
 */
function titleOf(front: string[], known: Partial<DocumentMeta>): { title?: string; line?: string } {
  const knownTitle = known.title && pagePart(known.title);
  const usable = knownTitle && !isPromulgation(knownTitle) ? known.title : undefined;
  const fromPage = usable && front.find((l) => usable.includes(l) && !isPromulgation(l));
  if (fromPage) return { title: fromPage, line: fromPage };
  const named = front.map((l) => PUBLISHED_NAME.exec(l)?.[1]).find(Boolean);
  const namedLine = named && front.find((l) => l.replace(/\s/g, "") === named);
  if (namedLine) return { title: namedLine, line: namedLine };
  if (named) return { title: named };
  const line = front.find((l) => TITLE.test(l) && l.length <= 60 && !isPromulgation(l));
  if (line) return { title: line, line };
  if (usable) return { title: knownTitle };
  // Nothing else: the promulgation is all there is (an announcement that is itself the document).
  const promulgation = front.find((l) => TITLE.test(l) && l.length <= 60);
  return promulgation ? { title: promulgation, line: promulgation } : { title: knownTitle };
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
  const front = joinNumberLines(opening >= 0 && lawStart < 0 ? header.slice(0, opening) : header);
  const { title, line: titleLine } = titleOf(front, known);
  meta.title = title;
  for (const line of front) if (line !== titleLine) readDatedLine(line, meta);
  // Passed by a full congress and never amended by its standing committee.
  const fullCongress = front.map((l) => congressOf(l.replace(DATES, " "), false)).find(Boolean);
  if (!meta.issuer && fullCongress) meta.issuer = fullCongress;
  // The 文号: a labelled one (the page's table) wins; else the current one of those the front lines print,
  // else the number in the page's title when that is the promulgation (…公告（第五十九号）).
  const dated = front.filter((l) => (l !== titleLine || isPromulgation(l)) && !LABELS.some(([pattern]) => pattern.test(l)));
  const printed = dated.flatMap(docNosOf).reduce<DocNoCandidate | undefined>(laterDocNo, undefined)?.docNo;
  const docNo = printed ?? (known.title ? docNosOf(pagePart(known.title))[0]?.docNo : undefined);
  if (!meta.docNo && docNo) meta.docNo = docNo;

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
