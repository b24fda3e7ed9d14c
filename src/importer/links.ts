import { parseChineseNumeral } from "../text/chinese-numbers.js";
import type { ImportedSection } from "./structure.js";

/** 本法所称X，是指… / 本条例所称X是指… : the defined term. */
const DEFINITION = /本(?:法|条例|规定|办法|细则)所称(?:的)?([^，,。；、]{2,16}?)[，,]?(?:是指|包括|指)/g;
/** 本法第X条 (also 本法第X条、第Y条 and 本条例第X条). */
const REFERENCE = /本(?:法|条例|规定|办法|细则)((?:第[零一二两三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?[、和及或至]?)+)/g;
const NUMBER = /第([零一二两三四五六七八九十百]+)条/g;

/**
 * Resolves an imported law's internal links: 本法第X条 to the articles it names (kept when that article
 * exists), and each term a definitions article (本法所称…) defines to the articles that use it.
 */
export function linkArticles(sections: ImportedSection[]): void {
  const numbers = new Set(sections.map((s) => s.article.number).filter((n): n is number => n !== undefined));
  const terms = new Map<string, number>();
  for (const s of sections) {
    for (const m of s.body.matchAll(DEFINITION)) if (s.article.number) terms.set(m[1]!, s.article.number);
  }
  for (const s of sections) {
    const own = s.article.number;
    const refs = new Set<number>();
    for (const m of s.body.matchAll(REFERENCE)) {
      for (const n of m[1]!.matchAll(NUMBER)) {
        const value = parseChineseNumeral(n[1]!);
        if (value !== null && value !== own && numbers.has(value)) refs.add(value);
      }
    }
    const definitions = new Set([...terms].filter(([term, at]) => at !== own && s.body.includes(term)).map(([, at]) => at));
    if (refs.size) s.article.refs = [...refs].sort((a, b) => a - b);
    if (definitions.size) s.article.definitions = [...definitions].sort((a, b) => a - b);
  }
}
