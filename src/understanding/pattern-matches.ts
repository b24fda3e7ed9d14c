import { requiredPrefix } from "../text/regexp.js";

/**
 * Finding a vocabulary's patterns in a text (frame.ts reads a few hundred per text, nearly all absent): a pattern
 * whose required opening the text lacks is ruled out without running its regex.
 */
export type Matches = readonly { start: number; span: string }[];

/**
 * Each pattern's required opening (requiredPrefix) and its first UTF-16 unit (−1: none), once per list of patterns:
 * a look-up per pattern and text (by the pattern) cost as much as the test it prepares.
 */
export interface Openings {
  prefixes: string[];
  first: Int32Array;
}
const openingsByList = new WeakMap<readonly { pattern: RegExp }[], Openings>();
export function openingsOf(list: readonly { pattern: RegExp }[]): Openings {
  let openings = openingsByList.get(list);
  if (openings?.first.length !== list.length) {
    const prefixes = list.map((p) => requiredPrefix(p.pattern.source));
    openingsByList.set(list, (openings = { prefixes, first: Int32Array.from(prefixes, (prefix) => (prefix === "" ? -1 : prefix.charCodeAt(0))) }));
  }
  return openings;
}

/**
 * One bit per UTF-16 unit of the text being read (the reader sets them before and clears them after): a pattern whose
 * required opening starts with a unit the text lacks is ruled out by one bit test instead of a search of the text.
 */
const present = new Uint32Array(65_536 / 32);
export function markUnits(text: string, on: boolean): void {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    present[unit >>> 5] = on ? present[unit >>> 5]! | (1 << (unit & 31)) : 0;
  }
}

/** What allMatches gives for an absent pattern (most of them): one shared array, not a new one per pattern. */
const NO_MATCHES: Matches = Object.freeze([]);

/** The matches of the list's pattern `at` in the text being read (its units marked). */
export function allMatches(openings: Openings, at: number, pattern: RegExp, text: string): Matches {
  // Most patterns are absent from a given text: the text they must contain rules most of them out without
  // running the regex (a few hundred patterns per question), one test the rest, before the matches are collected.
  const first = openings.first[at]!;
  if (first >= 0 && ((present[first >>> 5]! & (1 << (first & 31))) === 0 || !text.includes(openings.prefixes[at]!))) return NO_MATCHES;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  if (!found) return NO_MATCHES;
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index ?? 0, span: m[0] }));
}

/** An item as a list of one, the same list each time (its openings are then worked out once). */
const singletons = new WeakMap<object, readonly { pattern: RegExp }[]>();
export function singleton(item: { pattern: RegExp }): readonly { pattern: RegExp }[] {
  let list = singletons.get(item);
  if (!list) singletons.set(item, (list = [item]));
  return list;
}
