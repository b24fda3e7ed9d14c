import type { Passage } from "../knowledge/index.js";
import type { PreparedQuery } from "./query.js";

/**
 * The term an article defines: 本法所称老年人是指…, 本条例所称农民工，是指…, 本法所称的作品，是指…, or a sentence that opens
 * with it (发明，是指…; 残疾人是指…).
 */
const DEFINES = [
  /(?:本法|本条例|本规定|本办法|本细则|；)所称(?:的)?[“"]?([\u4e00-\u9fa5]{2,12}?)[”"]?[，,]?(?:是指|指|包括|即)/g,
  /(?:^|[。；\n])([\u4e00-\u9fa5]{2,12})[，,]?是指/g,
];

/** The question asks what a term means or what counts as it: 什么样的人算X, 多大才算X, X是指什么, 怎么认定X. */
function asksDefinition(term: string): RegExp {
  const near = "[^，。？！,?!]{0,10}";
  return new RegExp(
    `(?:什么|哪些|哪种|多大|几岁|多少岁)${near}(?:算|才算|算是|属于|叫|称为|认定为)${near}${term}` +
      `|${term}${near.replace("10", "4")}(?:是指|指的是|是什么意思|指什么|的定义|怎么认定|如何认定|怎么界定)` +
      `|(?:什么是|什么叫|何为|怎么认定|如何认定|怎么界定)${term}`,
  );
}

const termsOf = new WeakMap<Passage, string[]>();

export interface Definition {
  term: string;
  passage: Passage;
}

/** Every term the imported articles define, with its article: made once per set of passages, not per question. */
export function definitionsOf(passages: Iterable<Passage>): Definition[] {
  return [...passages].flatMap((passage) => definedTerms(passage).map((term) => ({ term, passage })));
}

/** The terms an imported article defines, read once per article. */
export function definedTerms(passage: Passage): string[] {
  if (passage.origin !== "imported" || passage.article?.number === undefined) return [];
  let terms = termsOf.get(passage);
  if (!terms) termsOf.set(passage, (terms = [...new Set(DEFINES.flatMap((re) => [...passage.body.matchAll(re)].map((m) => m[1]!)))].filter((t) => !t.includes("所称"))));
  return terms;
}

/**
 * A question asking what a term of an imported law means (什么样的人算就业困难人员, 多大岁数才算老人 read in the register
 * as 老年人) is answered by the article that defines it (本法所称…是指…), which often shares no other word with the
 * question; a curated section about something the term is used for would otherwise answer it. `texts` are the
 * question as written and as read in the register; the longest defined term found wins, and a term two laws define is
 * left to the ranking. Returns the article, or nothing.
 */
export function definingArticle(definitions: readonly Definition[], texts: readonly string[]): Passage | undefined {
  // The cheap test first: a term the question does not contain cannot be asked about.
  const found = definitions.filter(({ term }) => texts.some((t) => t.includes(term) && asksDefinition(term).test(t)));
  const longest = Math.max(0, ...found.map((f) => f.term.length));
  const best = found.filter((f) => f.term.length === longest);
  const documents = new Set(best.map((f) => f.passage.docId));
  return documents.size === 1 ? best[0]!.passage : undefined;
}

/** The question as written and with each everyday word replaced by its official term (老人 → 老年人), in place. */
export function definitionTexts(query: Pick<PreparedQuery, "normalized" | "matches">): string[] {
  const read = query.matches.flatMap((m) => m.official.map((term) => query.normalized.replaceAll(m.colloquial, term)));
  return [...new Set([query.normalized, ...read])];
}
