import type { Passage } from "../knowledge/index.js";

/** 什么时候开始施行, 哪天生效, 施行日期: the question asks when a document takes effect. */
const ASKS_EFFECTIVE = /(什么时候|哪天|哪一天|何时|啥时候|哪年|几号|哪个时候|多会儿).{0,6}(施行|生效|实施)|(施行|生效|实施)(日期|时间|的日子)/;
/** The document as the question names it, possibly shortened (医保基金监管条例) and after leading words. */
const NAMED_LAW = /([\u4e00-\u9fa5]{2,30}?(?:法|条例|规定|办法|细则))/;
/** The article that puts a law into force: 本法自2011年7月1日起施行. */
const IN_FORCE = /自.{2,30}起施行/;

/** Whether `short` keeps the order of `full`'s characters, starting with the same one: 医保基金监管条例 in 医疗保障基金使用监督管理条例. */
function abbreviates(short: string, full: string): boolean {
  if (short[0] !== full[0]) return false;
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Whether the name in the question (which may carry leading words: 请问社会保险法) is this document's name or a shortening of it. */
export function namesLaw(named: string, passage: Passage): boolean {
  const full = (passage.source ?? passage.title).replace(/^中华人民共和国/, "").replace(/[（(][^）)]*[）)]/g, "");
  // The name starts where the document's does (保障法 is not 老年人权益保障法) and ends with its kind (法, 条例);
  // 专利法 is a name of three characters, a shortening is read from four.
  for (let start = 0; named.length - start >= 3; start += 1) {
    const tail = named.slice(start);
    if (tail.at(-1) !== full.at(-1)) return false;
    if (full.startsWith(tail) || (tail.length >= 4 && abbreviates(tail, full))) return true;
  }
  return false;
}

/**
 * A question asking when a named imported law takes effect (社会保险法是从哪天开始施行的) is answered by the article
 * that says so, which shares no word with the question but the law's name; a curated section about another law's
 * date (医疗保障法什么时候开始施行) would otherwise answer it. Returns the article, or nothing.
 */
export function effectiveArticle(passages: Iterable<Passage>, normalized: string): Passage | undefined {
  if (!ASKS_EFFECTIVE.test(normalized)) return undefined;
  const named = NAMED_LAW.exec(normalized)?.[1];
  if (!named) return undefined;
  let found: Passage | undefined;
  for (const p of passages) {
    // The last such article of the law: a transitional article may name another law's date first.
    if (p.origin === "imported" && p.article?.number !== undefined && IN_FORCE.test(p.body) && namesLaw(named, p)) found = p;
  }
  return found;
}
