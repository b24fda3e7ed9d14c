import { checkBases, type Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";
import { articleIndex, lookupArticle, type ArticleIndex } from "./article-lookup.js";
import type { Candidate } from "./hybrid-retriever.js";
import { mayContain, patternKeys, type TextFilter } from "./text-filter.js";

/**
 * The best official article (an imported section) goes first when it scores at least this share of a curated
 * section above it: the official text wins over a paraphrase that matches the question's words better because
 * it was written with 常见问法. Chosen on evals/articles.jsonl (cites the article 16→36 of 68; see README).
 */
export const OFFICIAL_RATIO = 0.5;

/**
 * When an article holds more of the question's most specific words (醉酒) than the top section, that article goes
 * first at this lower share: a section that never mentions what is asked about only shares its common words.
 */
export const KEY_WORD_RATIO = 0.3;

/** How many of the question's rarest words the key-word rule compares (two: one more than before, measured on the article sets). */
export const KEY_WORDS = 2;

/**
 * The question's most specific words (highest IDF, two characters or more) that at least one candidate holds: a
 * colloquial word no passage uses (喝醉酒, 抢注) has the highest IDF of all but can tell no candidate from another.
 */
export function mostSpecificWords(words: readonly string[], idf: (word: string) => number, texts: readonly string[], n = KEY_WORDS, filters?: readonly TextFilter[]): string[] {
  // filters[i] (text-filter.ts), when given, rules a word out of texts[i] without a scan (the same result).
  const held = words.filter((w) => {
    if (w.length < 2) return false;
    const keys = filters ? patternKeys(w) : undefined;
    return texts.some((t, i) => (keys === undefined || mayContain(filters![i]!, keys)) && t.includes(w));
  });
  // Each word's IDF read once (a look-up in the BM25 vocabulary), not at every comparison: the same stable order.
  const weights = held.map((w) => idf(w));
  const order = held.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]!);
  return order.slice(0, n).map((i) => held[i]!);
}

/** `keyWordsHeld(c)`: how many of those words a candidate's text holds. */
export function officialFirst(ranked: Candidate[], ratio: number, keyWordsHeld: (c: Candidate) => number = () => 0): Candidate[] {
  const top = ranked[0];
  if (!top) return ranked;
  const articles = ranked.filter((c) => c.passage.origin === "imported");
  const topHeld = keyWordsHeld(top);
  // Only against a curated section: among themselves, articles keep the register's order (articlesInOrder).
  const keyed = top.passage.origin === "imported" ? undefined : articles.find((c) => keyWordsHeld(c) > topHeld && c.score >= KEY_WORD_RATIO * top.score);
  const official = keyed ?? articles[0];
  if (!official || official === top || (!keyed && official.score < ratio * top.score)) return ranked;
  return takeFirstPlace(ranked, official);
}

/** `chosen` moved to the front, taking the first place's score too, so that a later re-sort by score (frame agreement) starts from a tie. */
export function takeFirstPlace(ranked: readonly Candidate[], chosen: Candidate): Candidate[] {
  return [{ ...chosen, score: Math.max(chosen.score, ranked[0]?.score ?? chosen.score) }, ...ranked.filter((c) => c !== chosen)];
}

/**
 * The imported articles of a ranking re-ordered among themselves by another score (their match in the legal register),
 * each taking the place, and the score, of the one it replaces: curated sections keep their places.
 */
export function articlesInOrder(ranked: readonly Candidate[], articleScore: (c: Candidate) => number): Candidate[] {
  const places = ranked.flatMap((c, i) => (c.passage.origin === "imported" ? [i] : []));
  const articles = places.map((i) => ranked[i]!).sort((a, b) => articleScore(b) - articleScore(a));
  const out = [...ranked];
  places.forEach((place, j) => (out[place] = { ...articles[j]!, score: ranked[place]!.score }));
  return out;
}

/** The texts a document rests on, named without their edition: 职工带薪年休假条例；中华人民共和国劳动法（2018年修正） → both. */
export function sourceNames(source: string): string[] {
  return source
    .split(/[；;]/)
    .map((name) => name.replace(/[（(][^）)]*[）)]/g, "").trim())
    .filter(Boolean);
}

/**
 * The imported articles a section's 依据 names: 第四十二条、第四十四条 of its source, or 《社会保险法》第三十七条. A section
 * written from an amendment (`amendedBy`, in force from its `effective`) is not linked to a text loaded from before it:
 * the amendment renumbers and rewrites articles (企业信息公示暂行条例 2014 against 国务院令第777号).
 */
export function basisArticles(passages: readonly Passage[] | ArticleIndex, section: Passage): Passage[] {
  // A document resting on several texts names its own provisions after the first.
  const law = sourceNames(section.source ?? section.title)[0] ?? "";
  const sameVersion = (article: Passage) => !section.amendedBy || article.effective >= section.effective;
  // A bare provision belongs to the law named last before it (《居住证暂行条例》第二条、第九条: both of 居住证暂行条例), else to the source.
  let named = `《${law}》`;
  return (section.basis ?? "").split(/[、，,；;]/).flatMap((provision) => {
    const lawPart = provision.slice(0, Math.max(0, provision.search(/第[一二三四五六七八九十百零\d]+条/))).trim();
    if (lawPart) named = lawPart;
    const text = lawPart || provision.includes("《") ? provision : `${named}${provision}`;
    return lookupArticle(passages, normalizeText(text), []).filter(sameVersion);
  });
}

/**
 * Curated sections that state what their basis article negates, when that article is loaded: never answered from.
 * (A figure the article lacks is only reported: it is more often a later amendment than an error.)
 */
export function contradictedSections(passages: readonly Passage[]): Set<string> {
  const articles = articleIndex(passages);
  const findings = checkBases(passages, (section) => basisArticles(articles, section));
  return new Set(findings.filter((f) => f.kind === "negation").map((f) => f.passage.id));
}
