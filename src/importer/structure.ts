import type { ArticleRef } from "../knowledge/index.js";
import { parseChineseNumeral } from "../text/chinese-numbers.js";
import { appendixSections, splitAppendices } from "./appendix.js";
import { itemName, MARKERS, toChineseNumeral } from "./markers.js";

/** One section of an imported document: an article, a 款 of a long one, a part of an appendix, or an item of a notice. */
export interface ImportedSection {
  heading: string;
  body: string;
  article: ArticleRef;
}

/** Longer articles are split at their 款 so that one answer quotes the part asked about. */
const LONG_ARTICLE = 400;

interface Article {
  label: string;
  number: number;
  path: string[];
  /** Each 款: its lead line and the 项 that belong to it. */
  paragraphs: string[][];
}

export function shortName(title: string): string {
  return title.replace(/^中华人民共和国/, "").replace(/[（(]\d{4}.*[)）]$/, "");
}

/** 第一章 总　　则 → 第一章 总则: official texts space out two-character titles, which then match no word. */
function headingText(line: string): string {
  return line.replace(/^(第\S+?[编章节])\s*(.*)$/, (_, label: string, title: string) => (title ? `${label} ${title.replace(/\s+/g, "")}` : label));
}

/** 编/章/节/条/款/项: articles with their path of headings; 项 stay with the 款 that leads into them. */
function readArticles(lines: string[]): Article[] {
  const articles: Article[] = [];
  let heads: { level: number; text: string }[] = [];
  const levels = [MARKERS.part, MARKERS.chapter, MARKERS.section];
  for (const line of lines) {
    const level = levels.findIndex((re) => re.test(line));
    const article = MARKERS.article.exec(line);
    if (level >= 0 && !article) {
      heads = [...heads.filter((h) => h.level < level), { level, text: headingText(line) }];
    } else if (article) {
      const label = line.slice(0, line.length - article[2]!.length).trim();
      const paragraphs = article[2] ? [[article[2]]] : [];
      articles.push({ label, number: parseChineseNumeral(article[1]!) ?? 0, path: [...heads.map((h) => h.text), label], paragraphs });
    } else if (articles.length) {
      const current = articles.at(-1)!;
      if (MARKERS.item.test(line) && current.paragraphs.length) current.paragraphs.at(-1)!.push(line);
      else current.paragraphs.push([line]);
    }
  }
  return articles;
}

export function lawSections(lines: string[], title: string): ImportedSection[] {
  const law = shortName(title);
  const { articleLines, appendices } = splitAppendices(lines);
  const articles = readArticles(articleLines).flatMap((a) => {
    const text = (ps: string[][]) => ps.map((p) => p.join("\n")).join("\n");
    const base = { law, number: a.number, path: [`《${title}》`, ...a.path] };
    if (text(a.paragraphs).length <= LONG_ARTICLE || a.paragraphs.length < 2) {
      return [{ heading: a.label, body: text(a.paragraphs), article: base }];
    }
    return a.paragraphs.map((p, i) => {
      const label = `第${toChineseNumeral(i + 1)}款`;
      return { heading: `${a.label}${label}`, body: text([p]), article: { ...base, paragraph: i + 1, path: [...base.path, label] } };
    });
  });
  return [...articles, ...appendices.flatMap((lines) => appendixSections(lines, title, law))];
}

/** 一、/（一）/1./（1）: each （一） item (or a 一、 point without items) is a section; 1. and （1） stay in it. */
export function noticeSections(lines: string[], title: string): ImportedSection[] {
  const sections: ImportedSection[] = [];
  let point: string | null = null;
  const open = (label: string, path: string[], first: string) => {
    const heading = `${label}${itemName(first)}`.trim();
    sections.push({ heading, body: `${label}${first}`, article: { law: title, path: [title, ...path] } });
  };
  for (const line of lines) {
    const p = MARKERS.point.exec(line);
    const item = MARKERS.item.exec(line);
    if (p) {
      point = line;
      open(`${p[1]}、`, [line], p[2]!);
    } else if (item && point !== null) {
      const parent = sections.at(-1)!;
      // A point that only names a heading gives way to its items.
      if (parent.article.path.length === 2 && parent.body === point) sections.pop();
      open(`${point.split("、")[0]}、（${item[1]}）`, [point, `（${item[1]}）`], item[2]!);
      sections.at(-1)!.body = line;
    } else if (sections.length) {
      sections.at(-1)!.body += `\n${line}`;
    } else {
      sections.push({ heading: "总述", body: line, article: { law: title, path: [title, "总述"] } });
    }
  }
  return sections;
}
