import type { Passage } from "../knowledge/index.js";

/** What a passage's indexed texts are made of (all a worker thread analysing it needs). */
export type PassageText = Pick<Passage, "title" | "heading" | "body" | "phrasings" | "article">;
import { normalizeText } from "../text/index.js";

/**
 * The titles of the chapters an imported article sits in (第五章 工伤保险 → 工伤保险), without the document's
 * title and the article's own number: a raw article rarely repeats the subject its chapter names. A chapter that
 * lists several subjects (注册商标的续展、变更、转让和使用许可) is left out: each of its articles is about one of them,
 * and the list would make every one match a question about any.
 */
export function chapterTitles(passage: Pick<Passage, "article">): string[] {
  const path = passage.article?.path ?? [];
  return path
    .slice(1, -1)
    .map((part) => part.replace(/^第[一二三四五六七八九十百零〇\d]+[编章节]\s*/, "").trim())
    .filter((title) => title.length > 0 && !title.includes("、"));
}

/** What is indexed for a passage: its title and heading (twice: they name the question), its chapters, body and phrasings. */
export function indexText(passage: PassageText): string {
  return normalizeText([passage.title, passage.heading, passage.heading, ...chapterTitles(passage), passage.body, ...passage.phrasings].join("\n"));
}

/** The question side only: heading and 常见问法, for the section-match signal. */
export function questionText(passage: Pick<Passage, "heading" | "phrasings">): string {
  return normalizeText([passage.heading, ...passage.phrasings].join("\n"));
}

/** The heading and each 常见问法 on its own, normalised: the single ways of asking a section answers. */
export function questionSides(passage: Passage): string[] {
  return [passage.heading, ...passage.phrasings].map((text) => normalizeText(text));
}
