/**
 * Rewrites Chinese numerals as Arabic digits so that "二十万" and "20万", "六周岁" and "6周岁"
 * match. A lone 一/两 is kept unless a measure word follows: 一网通办 and 两病 stay words.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MEASURES = "岁周年个月日天元万亿倍次项家人名类级档期批%";
const RUN = /[零〇一二两三四五六七八九十百千]+/g;

/** Value of a numeral made of digits and 十/百/千 (below 万); null when it is not well formed. */
export function parseChineseNumeral(text: string): number | null {
  if ([...text].every((c) => c in DIGITS) && text.length > 1) {
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let pending: number | null = null;
  let lastUnit = 0; // the unit just before a trailing digit: 三千六 is 3600, but 三千零六 is 3006
  for (const char of text) {
    if (char in DIGITS) {
      lastUnit = DIGITS[char] === 0 ? 0 : lastUnit;
      pending = DIGITS[char]!;
    } else if (char in UNITS) {
      total += (pending ?? 1) * UNITS[char]!;
      lastUnit = UNITS[char]!;
      pending = null;
    } else {
      return null;
    }
  }
  const tail = pending === null ? 0 : lastUnit >= 100 ? (pending * lastUnit) / 10 : pending;
  return total + tail;
}

/** 一万二 (12000) and 三十万零五千 (305000): a numeral with 万 and a lower part, spoken or written. */
const WAN_COMPOUND =
  /([一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)万(零?)([一二两三四五六七八九](?![零〇一二两三四五六七八九十百千])|[一二两三四五六七八九十][零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*)/g;

function unifyWan(text: string): string {
  return text.replace(WAN_COMPOUND, (whole, high: string, zero: string, low: string) => {
    const highValue = parseChineseNumeral(high);
    const lone = low.length === 1 && low in DIGITS;
    const lowValue = lone ? (zero ? DIGITS[low]! : DIGITS[low]! * 1000) : parseChineseNumeral(low);
    return highValue === null || lowValue === null ? whole : String(highValue * 10000 + lowValue);
  });
}

function shouldConvert(run: string, next: string): boolean {
  const measured = next !== "" && MEASURES.includes(next);
  if (run === "十") return measured; // 十年 is 10年; 百/千 alone are words (百分之多少, 千万)
  if (run === "百" || run === "千") return false;
  return /[十百千]/.test(run) || run.length > 1 || measured;
}

export function unifyNumbers(text: string): string {
  // 半年 and 6个月 are the same period; policy texts use both.
  const percent = text.replace(/(?<![一二两三四五六七八九十\d上下])半年/g, "6个月").replace(/百分之([零〇一二两三四五六七八九十百]+)/g, (whole, run: string) => {
    const value = parseChineseNumeral(run);
    return value === null ? whole : `${value}%`;
  });
  return unifyWan(percent).replace(RUN, (run: string, offset: number, all: string) => {
    const next = all.charAt(offset + run.length);
    if (!shouldConvert(run, next)) return run;
    const value = parseChineseNumeral(run);
    return value === null ? run : String(value);
  });
}
