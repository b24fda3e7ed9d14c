import type { Passage } from "../knowledge/index.js";
import { parseChineseNumeral } from "../text/chinese-numbers.js";

/** 专利法第71条, 《社会保险法》第46条第2款, 第25条 — after normalisation the numbers are digits. */
const NUMBER = "(\\d{1,3}|[零一二两三四五六七八九十百]{1,6})";
const NAMED_ARTICLE = new RegExp(`(?:《?([\\u4e00-\\u9fa5]{2,40}?(?:法|条例|规定|办法|细则|通知|意见|决定))》?)?第${NUMBER}条(?:第${NUMBER}款)?`);
/** Normalisation writes 第七十一条 as 第71条 but leaves a lone digit: 第五条. */
const toNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? 0));

export interface ArticleQuestion {
  /** The document as the question names it (may carry leading words: 请问专利法). */
  law?: string;
  number: number;
  paragraph?: number;
}

export function parseArticleQuestion(normalized: string): ArticleQuestion | null {
  const m = NAMED_ARTICLE.exec(normalized);
  if (!m) return null;
  return { ...(m[1] ? { law: m[1] } : {}), number: toNumber(m[2]!), ...(m[3] ? { paragraph: toNumber(m[3]) } : {}) };
}

/**
 * The name ends with the law's short name (请问专利法, 中华人民共和国专利法), or the law's title holds it. A name that only
 * contains it names another document: 消费者权益保护法实施条例 第二十二条 is not 消费者权益保护法 第二十二条 (28 curated
 * sections whose 依据 is a 实施条例 not imported were quoted with the law's article of the same number).
 */
function namesDocument(law: string, passage: Passage): boolean {
  const short = passage.article!.law;
  return law.endsWith(short) || containsName(passage.title, law) || containsName(passage.source ?? "", law);
}

/** 教育法 lies inside 学前教育法 but does not name it: a longer name ending with the one asked is another law. */
function containsName(name: string, law: string): boolean {
  const bare = name.replace(/^中华人民共和国/, "");
  const at = bare.indexOf(law);
  return at === 0 || (at > 0 && at + law.length < bare.length);
}

/** Imported sections by article number, in passage order: built once, so a look-up does not scan every passage. */
export type ArticleIndex = Map<number, Passage[]>;

/**
 * The laws' short names a full name ends with, keeping only the longest: 中华人民共和国高等教育法 ends with 教育法 too,
 * and means 高等教育法.
 */
export function lawsNamed(name: string, laws: Iterable<string>): Set<string> {
  const ending = [...new Set(laws)].filter((law) => name.endsWith(law));
  const longest = Math.max(0, ...ending.map((law) => law.length));
  return new Set(ending.filter((law) => law.length === longest));
}

export function articleIndex(passages: Iterable<Passage>): ArticleIndex {
  const index: ArticleIndex = new Map();
  for (const p of passages) {
    const number = p.article?.number;
    if (number === undefined) continue;
    const list = index.get(number) ?? [];
    list.push(p);
    index.set(number, list);
  }
  return index;
}

/**
 * The sections a question that names an article points to, in article order (its 款 when it was split; the
 * named 款 first). Without a document name, the article of the document retrieval ranks highest is meant.
 */
export function lookupArticle(passages: Iterable<Passage> | ArticleIndex, normalized: string, rankedDocIds: readonly string[]): Passage[] {
  const asked = parseArticleQuestion(normalized);
  if (!asked) return [];
  const numbered = passages instanceof Map ? [...(passages.get(asked.number) ?? [])] : [...passages].filter((p) => p.article?.number === asked.number);
  const { law } = asked;
  let hits = law ? numbered.filter((p) => namesDocument(law, p)) : [];
  // 《中华人民共和国专利法》 also lies inside 中华人民共和国专利法实施细则: a document the name ends with is the one meant.
  const named = law ? lawsNamed(law, hits.map((p) => p.article!.law)) : new Set<string>();
  if (named.size > 0) hits = hits.filter((p) => named.has(p.article!.law));
  if (!law) {
    const docs = new Set(numbered.map((p) => p.docId));
    const docId = rankedDocIds.find((id) => docs.has(id)) ?? (docs.size === 1 ? [...docs][0] : undefined);
    hits = numbered.filter((p) => p.docId === docId);
  }
  const first = (p: Passage) => (p.article?.paragraph === asked.paragraph ? 0 : 1);
  return hits.sort((a, b) => first(a) - first(b) || (a.article?.paragraph ?? 0) - (b.article?.paragraph ?? 0));
}
