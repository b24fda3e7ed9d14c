/*
 * Two-part lexicon phrases found with words between their parts (商标要是已经过期了 for 商标过期): people put words
 * between an object and what happens to it, and a follow-up completed with its object (商标 + 要是已经过期了咋办)
 * always does. Used for questions only (lexicon.matchQuestion).
 */
import { escapeRegExp } from "./regexp.js";

/** At most this many characters, none ending a clause, between the two parts of a phrase (商标…过期). */
const MAX_GAP = 6;

interface GappedPhrase {
  key: string;
  left: string;
  /** The two parts with a short gap between them (global: each place the first part stands is tried). */
  pattern: RegExp;
  /** Longer terms holding the first part, each with where the part starts in it: 医保 in 居民医保 is not 医保 (found when first needed). */
  holders: () => { term: string; at: number }[];
}

/** Whether the phrase's parts stand apart in the text with its first part a word of its own, not inside a longer term. */
function foundApart(phrase: GappedPhrase, normalized: string): boolean {
  phrase.pattern.lastIndex = 0;
  for (let m = phrase.pattern.exec(normalized); m; m = phrase.pattern.exec(normalized)) {
    const start = m.index;
    if (!phrase.holders().some((h) => normalized.startsWith(h.term, start - h.at))) return true;
    phrase.pattern.lastIndex = start + 1;
  }
  return false;
}

/**
 * The lexicon's phrases that are a term the lexicon knows (a phrase, an official term or a domain term of the user
 * dictionary, at least two characters)
 * followed by at least two more characters: 商标过期 is 商标 + 过期, 身份证过期 is 身份证 + 过期. The longest known
 * first part is taken.
 */
function gappedPhrases(keys: readonly string[], entries: Map<string, string[]>, domainTerms: Iterable<string>): { present(normalized: string): GappedPhrase[] } {
  const terms = new Set<string>([...keys, ...[...entries.values()].flat(), ...domainTerms].filter((t) => t.length >= 2 && !/\s/.test(t)));
  const longer = [...terms];
  const holding = new Map<string, { term: string; at: number }[]>();
  const holdersOf = (left: string) => {
    let found = holding.get(left);
    if (!found) holding.set(left, (found = longer.filter((t) => t.length > left.length && t.includes(left)).map((term) => ({ term, at: term.indexOf(left) }))));
    return found;
  };
  const phrases: GappedPhrase[] = [];
  for (const key of keys) {
    if (/\s/.test(key)) continue;
    for (let cut = key.length - 2; cut >= 2; cut -= 1) {
      const left = key.slice(0, cut);
      if (!terms.has(left)) continue;
      const holders = () => holdersOf(left);
      phrases.push({ key, left, pattern: new RegExp(`${escapeRegExp(left)}[^，,。.！!？?；;\\s]{1,${MAX_GAP}}${escapeRegExp(key.slice(cut))}`, "g"), holders });
      break;
    }
  }
  // As in match: only the phrases whose first part starts at one of the text's characters are tried.
  const byFirstChar = new Map<string, GappedPhrase[]>();
  for (const phrase of phrases) byFirstChar.set(phrase.left[0]!, [...(byFirstChar.get(phrase.left[0]!) ?? []), phrase]);
  return {
    present(normalized) {
      const found: GappedPhrase[] = [];
      for (let at = 0; at < normalized.length; at += 1) {
        for (const phrase of byFirstChar.get(normalized[at]!) ?? []) if (normalized.startsWith(phrase.left, at) && !found.includes(phrase)) found.push(phrase);
      }
      return found;
    },
  };
}

/**
 * The keys of the two-part phrases that stand apart in a question, leaving out those in `skip` (found whole already).
 * `domainTerms` (the user dictionary's) also count as first parts: 身份证 is no lexicon phrase of its own.
 */
export function createGappedMatcher(
  keys: readonly string[],
  entries: Map<string, string[]>,
  domainTerms: Iterable<string>,
): (normalized: string, skip: ReadonlySet<string>) => string[] {
  const phrases = gappedPhrases(keys, entries, domainTerms);
  return (normalized, skip) => phrases.present(normalized).flatMap((p) => (skip.has(p.key) || !foundApart(p, normalized) ? [] : [p.key]));
}
