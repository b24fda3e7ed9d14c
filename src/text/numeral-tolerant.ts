/**
 * Lexicon patterns are written in ordinary Chinese (编一个笑话, 一年多少, 哪一天) but run on normalised text, where
 * a numeral before a measure word has become a digit (编1个笑话, 1年多少, 哪1天: chinese-numbers.ts). Each single
 * numeral character of a pattern therefore also accepts its digit; a character class listing numerals gets the
 * digits too. Only 一 to 九 and 两: a compound (十五个 → 15个) is rare in cues and stays as written.
 */
const DIGIT_OF: Record<string, string> = { 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

export function numeralTolerant(source: string): string {
  let out = "";
  let inClass = false;
  let classDigits = "";
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i += 1;
    } else if (inClass) {
      if (ch === "]") {
        out += [...new Set(classDigits)].join("") + ch;
        inClass = false;
      } else {
        out += ch;
        if (DIGIT_OF[ch]) classDigits += DIGIT_OF[ch];
      }
    } else if (ch === "[") {
      out += ch;
      inClass = true;
      classDigits = "";
      // A leading ^ or ] belongs to the class syntax, not its members: copy it as is.
      if (source[i + 1] === "^") out += source[++i];
    } else {
      out += DIGIT_OF[ch] ? `[${ch}${DIGIT_OF[ch]}]` : ch;
    }
  }
  return out;
}
