import { parseChineseNumeral } from "../text/chinese-numbers.js";
import { itemName, MARKERS } from "./markers.js";
import type { ImportedSection } from "./structure.js";

/** The numbered parts an appendix may have; the first kind its text uses is its top level. */
const PART_LEVELS = [MARKERS.article, MARKERS.point, MARKERS.item, MARKERS.numbered, MARKERS.subNumbered];
/** A title on its own line under 附录：. */
const TITLE_LINE = /^[^。；：，:]{2,40}$/;

/** 附录：, 附件1 申请表 — a short line; a sentence starting with 附件 is text. */
function opensAppendix(line: string): boolean {
  const m = MARKERS.appendix.exec(line);
  return m !== null && m[2]!.length <= 40 && !/[。；]$/.test(line);
}

/**
 * A law's articles end where an appendix starts: at a 附录/附件/附表/附： line after the articles that the law's
 * numbering does not continue past (an appendix of its own 第一条… is still an appendix). Each appendix is
 * returned as its lines, the opening line first.
 */
export function splitAppendices(lines: string[]): { articleLines: string[]; appendices: string[][] } {
  const numbers = lines.map((l) => {
    const m = MARKERS.article.exec(l);
    return m ? (parseChineseNumeral(m[1]!) ?? 0) : undefined;
  });
  let last: number | undefined;
  const start = lines.findIndex((line, i) => {
    if (numbers[i] !== undefined) last = numbers[i];
    if (last === undefined || numbers[i] !== undefined || !opensAppendix(line)) return false;
    const next = numbers.slice(i + 1).find((n) => n !== undefined);
    return next === undefined || next !== last + 1;
  });
  if (start < 0) return { articleLines: lines, appendices: [] };
  const appendices: string[][] = [];
  for (const line of lines.slice(start)) {
    if (opensAppendix(line)) appendices.push([line]);
    else appendices.at(-1)!.push(line);
  }
  return { articleLines: lines.slice(0, start), appendices };
}

/**
 * One appendix as sections, without an article number: one per top-level part (一、, （一）, 1. or 第一条) with
 * the items under it, text before the first part as its own section, or the whole appendix when it has no parts.
 * Heading 附录 一、… (cited 《规定》附录 一、…); path 《规定》 › 附录 <its title> › 一、….
 */
export function appendixSections(lines: string[], title: string, law: string): ImportedSection[] {
  const opening = MARKERS.appendix.exec(lines[0]!)!;
  const label = opening[1]!.replace(/\s+/g, "");
  let rest = lines.slice(1);
  let name = opening[2]!.trim();
  if (!name && rest[0] && TITLE_LINE.test(rest[0]) && !PART_LEVELS.some((re) => re.test(rest[0]!))) {
    name = rest[0];
    rest = rest.slice(1);
  }
  const appendix = name ? `${label} ${name}` : label;
  const path = [`《${title}》`, appendix];
  const first = rest.find((l) => PART_LEVELS.some((re) => re.test(l)));
  const level = first === undefined ? undefined : PART_LEVELS.find((re) => re.test(first));
  const sections: ImportedSection[] = [];
  for (const line of rest) {
    const part = level?.exec(line);
    if (part) {
      const partLabel = line.slice(0, line.length - part[2]!.length).trim();
      // An article's opening words are no name; an item's are (一、女职工禁忌从事的劳动范围：).
      const heading = level === MARKERS.article ? partLabel : `${partLabel}${itemName(part[2]!)}`;
      sections.push({ heading: `${label} ${heading}`, body: line, article: { law, path: [...path, heading] } });
    } else if (sections.length) {
      sections.at(-1)!.body += `\n${line}`;
    } else {
      sections.push({ heading: appendix, body: line, article: { law, path } });
    }
  }
  // An appendix that is only its title (附件：申请表) still says that it exists.
  return sections.length ? sections : [{ heading: appendix, body: name || lines[0]!, article: { law, path } }];
}
