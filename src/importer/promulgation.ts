/**
 * How a text is promulgated, as its front lines print it: the decree or announcement that publishes it (国务院令第706号,
 * …常务委员会公告（第五十九号）), the dates on those lines, and which of several 文号 is the text's current one.
 */
export const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
export const DATES = new RegExp(DATE.source, "g");

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
const DECREE = new RegExp(`^(.+)${DECREE_NO}$`);
/** The body a decree's 文号 names (国务院令第700号 → 国务院), if it is a decree's. */
export function decreeIssuer(docNo: string): string | undefined {
  return DECREE.exec(docNo)?.[1];
}
const DOC_NOS = new RegExp(`[\\u4e00-\\u9fa5]{1,16}〔\\d{4}〕\\d+号|[\\u4e00-\\u9fa5]{1,26}(?:${DECREE_NO}|${ANNOUNCEMENT_NO})`, "g");
/** A promulgation's heading, not a document's title: 某市第七届人民代表大会常务委员会公告, 中华人民共和国国务院令（第706号）. */
const PROMULGATION = new RegExp(`^[\\u4e00-\\u9fa5]{2,40}?(?:公告|令)\\s?(?:${TERM}\\s?第${NUMBER}号|[（(]\\s?第${NUMBER}号\\s?[)）]|第${NUMBER}号)?$`);
/** The number of a promulgation on its own line below the heading: 第五十九号, （第59号）, 〔十六届〕第28号. */
const NUMBER_LINE = new RegExp(`^[（(]?\\s?(?:${TERM}\\s?)?第${NUMBER}号\\s?[)）]?$`);

/** Words that end a clause before a body's name: …会议通过示范市人民政府令 → 示范市人民政府. */
const CLAUSE_END = /^.*(?:通过|修订|修正|批准|公布|发布|会议|施行|决定|根据|现予)/;

/** Whether a heading is a promulgation (an announcement or decree that publishes the text), not the text's own title. */
export function isPromulgation(text: string): boolean {
  const t = text.replace(/\s/g, "");
  return t.length <= 50 && !/关于/.test(t) && PROMULGATION.test(t);
}

/** A body's name as a clause runs into it: 经示范市 → 示范市, 会议通过示范市人民政府 → 示范市人民政府. */
export function bodyName(text: string): string {
  return text.replace(CLAUSE_END, "").replace(/^(?:已经|已由|经|由)/, "");
}

export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
}

/** A 文号 a front line states, with what tells which of several is the text's current one. */
export interface DocNoCandidate {
  docNo: string;
  /** The date printed before it on its line (1991年3月4日中华人民共和国国务院令第76号发布); a promulgation heading ranks above any date. */
  rank: string;
  /** Followed by 修订/修正: the decree that amended the text. */
  amends: boolean;
}

/** 文号 on one line, in order: dates blanked out first, since in 2024年3月1日示范市人民政府令第18号 the 文号 starts after 日. */
export function docNosOf(line: string): DocNoCandidate[] {
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
export function laterDocNo(current: DocNoCandidate | undefined, next: DocNoCandidate): DocNoCandidate {
  if (!current) return next;
  if (next.rank > current.rank) return next;
  return next.rank === current.rank && next.amends && !current.amends ? next : current;
}

/** A promulgation's heading with its number on the next line (…常务委员会公告 / 第五十九号) as one line: …公告第五十九号. */
export function joinNumberLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    // 公告 on a line of its own (公　告) below the body's name: the heading is the two lines together.
    if (previous && /^(?:公告|令)$/.test(line.replace(/\s/g, "")) && /(?:委员会|人民政府|政府|国务院|部|厅|局)$/.test(previous)) {
      joined[joined.length - 1] = `${previous.replace(/\s/g, "")}${line.replace(/\s/g, "")}`;
    } else if (previous && NUMBER_LINE.test(line.replace(/\s/g, "")) && isPromulgation(previous) && !/号$/.test(previous)) {
      joined[joined.length - 1] = `${previous}${line.replace(/[\s（()）]/g, "")}`;
    } else joined.push(isPromulgation(line) ? line.replace(/\s/g, "") : line);
  }
  return joined;
}
