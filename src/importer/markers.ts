/** Chinese numerals as written in headings and article numbers. */
const CN = "[零〇一二两三四五六七八九十百千]+";

/** Line starts that open a structural unit: 编/章/节/条 in laws, 一、/（一）/1./（1） in notices. */
export const MARKERS = {
  part: new RegExp(`^第(${CN})编\\s*(.*)$`),
  chapter: new RegExp(`^第(${CN})章\\s*(.*)$`),
  section: new RegExp(`^第(${CN})节\\s*(.*)$`),
  article: new RegExp(`^第(${CN})条\\s*(.*)$`),
  /** 项 of an article, or the second level of a notice. */
  item: new RegExp(`^[（(](${CN})[）)]\\s*(.*)$`),
  /** First level of a notice: 一、 */
  point: new RegExp(`^(${CN})、\\s*(.*)$`),
  /** Third and fourth levels of a notice: 1. and （1） */
  numbered: /^(\d{1,2})[.．、]\s*(.*)$/,
  subNumbered: /^[（(](\d{1,2})[）)]\s*(.*)$/,
  /** An appendix after a law's articles: 附录：, 附件1 申请表, 附表2：…, 附：… (never 附件应当…: a separator follows). */
  appendix: /^(附[录件表](?:\s*[\d０-９一二三四五六七八九十]{1,3})?(?=\s|[:：]|$)|附(?=\s*[:：]))\s*[:：]?\s*(.*)$/,
};

const ITEM_TITLE = /^([^。；：]{2,24})[。；：]/;

/** The short name of a numbered item, from the text after its number: 扩大企业吸纳规模。… → 扩大企业吸纳规模. */
export function itemName(text: string): string {
  return ITEM_TITLE.exec(text)?.[1] ?? (text.length <= 24 && !/[。；，]/.test(text) ? text : "");
}

export function startsUnit(line: string): boolean {
  return Object.values(MARKERS).some((re) => re.test(line));
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 71 → 七十一, 103 → 一百零三 (below 1000: article and paragraph numbers). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  const tail = rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${toChineseNumeral(rest)}` : toChineseNumeral(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}
