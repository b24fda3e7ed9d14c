import { MARKERS } from "./markers.js";
import type { DocumentMeta } from "./source-text.js";

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATES = new RegExp(DATE.source, "g");
/** A number in digits or in Chinese numerals, as older laws and local congresses print them (第二十号, 第五十九号). */
const NUMBER = "(?:\\d+|[零〇一二三四五六七八九十百千]+)";
/** A decree's number: 国务院令第700号, 主席令第二十号, 国务院令 第706号, 示范市人民政府令（第18号）. */
const DECREE_NO = `令\\s?(?:[（(]\\s?第${NUMBER}号\\s?[)）]|第${NUMBER}号)`;
/** A term in brackets, as some congresses number their announcements within it: 〔十六届〕, [十五届]. */
const TERM = "[〔［\\[【][\\u4e00-\\u9fa5\\d]{1,8}[〕］\\]】]";
/**
 * A people's congress (or a government) publishes its regulations by announcement: 公告〔十六届〕第28号,
 * 公告（第五十九号）, 公告第59号.
 */
const ANNOUNCEMENT_NO = `公告\\s?(?:${TERM}\\s?第${NUMBER}号|[（(]\\s?第${NUMBER}号\\s?[)）]|第${NUMBER}号)`;
const DOC_NOS = new RegExp(`[\\u4e00-\\u9fa5]{1,16}〔\\d{4}〕\\d+号|[\\u4e00-\\u9fa5]{1,26}(?:${DECREE_NO}|${ANNOUNCEMENT_NO})`, "g");
/** A promulgation's heading, not a document's title: 某市第七届人民代表大会常务委员会公告, 中华人民共和国国务院令（第706号）. */
const PROMULGATION = new RegExp(`^[\\u4e00-\\u9fa5]{2,40}?(?:公告|令)\\s?(?:${TERM}\\s?第${NUMBER}号|[（(]\\s?第${NUMBER}号\\s?[)）]|第${NUMBER}号)?$`);
/** The number of a promulgation on its own line below the heading: 第五十九号, （第59号）, 〔十六届〕第28号. */
const NUMBER_LINE = new RegExp(`^[（(]?\\s?(?:${TERM}\\s?)?第${NUMBER}号\\s?[)）]?$`);
/** The sentence that publishes a text names it: 《某某条例》经…会议通过, 《某某条例》已于…经…通过，现予公布. */
const PUBLISHED_NAME = /^《([^《》]{2,60})》(?:已经|已由|已于|经|由|于)/;
/** Words that end a clause before a body's name: …会议通过示范市人民政府令 → 示范市人民政府. */
const CLAUSE_END = /^.*(?:通过|修订|修正|批准|公布|发布|会议|施行|决定|根据|现予)/;

/** Whether a heading is a promulgation (an announcement or decree that publishes the text), not the text's own title. */
export function isPromulgation(text: string): boolean {
  const t = text.replace(/\s/g, "");
  return t.length <= 50 && !/关于/.test(t) && PROMULGATION.test(t);
}

/** A body's name as a clause runs into it: 经示范市 → 示范市, 会议通过示范市人民政府 → 示范市人民政府. */
function bodyName(text: string): string {
  return text.replace(CLAUSE_END, "").replace(/^(?:已经|已由|经|由)/, "");
}

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

/** A 文号 a front line states, with what tells which of several is the text's current one. */
interface DocNoCandidate {
  docNo: string;
  /** The date printed before it on its line (1991年3月4日中华人民共和国国务院令第76号发布); a promulgation heading ranks above any date. */
  rank: string;
  /** Followed by 修订/修正: the decree that amended the text. */
  amends: boolean;
}

/** 文号 on one line, in order: dates blanked out first, since in 2024年3月1日示范市人民政府令第18号 the 文号 starts after 日. */
function docNosOf(line: string): DocNoCandidate[] {
  const undated = line.replace(DATES, (d) => " ".repeat(d.length));
  const heading = isPromulgation(line);
  return [...undated.matchAll(DOC_NOS)].map((m) => {
    const number = /(?:令|公告)\s?(?:[〔［[【]|[（(]|第)/.exec(m[0]);
    const prefix = number ? m[0].slice(0, number.index) : m[0];
    const rest = (number ? m[0].slice(number.index) : "").replace(/\s/g, "").replace(/^(公告|令)[（(](第.+号)[)）]$/, "$1$2");
    const docNo = `${number ? bodyName(prefix) : prefix}${rest}`.replace(/^中华人民共和国/, "");
    const dates = [...line.slice(0, m.index).matchAll(DATES)];
    const date = dates.length ? isoDate(dates[dates.length - 1]![0])! : "";
    const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
    return { docNo, rank: heading ? "9999-99-99" : date, amends: /修订|修正|修改/.test(after) };
  });
}

/**
 * Which 文号 is the text's current one when the front names several (1991年…国务院令第76号发布 根据2018年…国务院令第706号修订):
 * the latest dated, else the one that amended; among equals the first.
 */
function laterDocNo(current: DocNoCandidate | undefined, next: DocNoCandidate): DocNoCandidate {
  if (!current) return next;
  if (next.rank > current.rank) return next;
  return next.rank === current.rank && next.amends && !current.amends ? next : current;
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
  const decree = docNosOf(line)
    .map((c) => new RegExp(`^(.+)${DECREE_NO}$`).exec(c.docNo)?.[1])
    .find(Boolean);
  if (!meta.issuer && decree && decree !== "主席") meta.issuer = decree;
  for (const m of line.matchAll(DATES)) {
    const date = isoDate(m[0])!;
    const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (/施行|实施|生效/.test(after)) meta.effective = date;
    else if (!meta.published || date > meta.published) meta.published = date;
  }
}

/** A promulgation's heading with its number on the next line (…常务委员会公告 / 第五十九号) as one line: …公告第五十九号. */
function joinNumberLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && NUMBER_LINE.test(line.replace(/\s/g, "")) && isPromulgation(previous) && !/号$/.test(previous)) {
      joined[joined.length - 1] = `${previous}${line.replace(/[\s（()）]/g, "")}`;
    } else joined.push(isPromulgation(line) ? line.replace(/\s/g, "") : line);
  }
  return joined;
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
