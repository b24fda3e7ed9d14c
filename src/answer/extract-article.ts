import { characterBigrams, normalizeText, parseChineseNumeral } from "../text/index.js";
import { memoize } from "../text/memo.js";
import { splitSentences } from "./extract.js";

/** A 项 line of a law: （一）…, (二)…. */
const ITEM = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;

interface Unit {
  text: string;
  /** `text` normalised, as the question's words are. */
  normalized: string;
  /** 款 number within the passage (1-based), counting lines that are not 项. */
  paragraph: number;
  /** 项 number when the sentence is an item. */
  item?: number;
  /** The sentence that leads into this item (the 款's last sentence before its items, ending in ：). */
  leadIn?: Unit;
  order: number;
}

/** The part of an article an answer quotes: which 款 and 项 it came from, when it is not the whole article. */
export interface ArticlePart {
  sentences: string[];
  /** 款 number, when the article has several and the answer quotes one. */
  paragraph?: number;
  /** 项 number, when the answer rests on one item. */
  item?: number;
}

function units(body: string): Unit[] {
  const out: Unit[] = [];
  let paragraph = 0;
  let leadIn: Unit | undefined;
  for (const line of body.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const item = ITEM.exec(line);
    if (!item) {
      paragraph += 1;
      leadIn = undefined;
    }
    for (const text of splitSentences(line)) {
      const unit: Unit = { text, normalized: normalizeText(text), paragraph: Math.max(1, paragraph), order: out.length, ...(item ? { item: parseChineseNumeral(item[1]!) ?? 0, ...(leadIn ? { leadIn } : {}) } : {}) };
      out.push(unit);
      if (!item) leadIn = unit;
    }
  }
  return out;
}

/**
 * An article's units with their normalised text, kept for the last 256 articles read: an article is quoted again and
 * again (every question its section answers), and each of its sentences used to be normalised at every comparison of
 * the sort. Readers never change a unit.
 */
const unitsOf = memoize(units, 256);

/**
 * Whole sentences of a raw article for a length budget, chosen by what they share with the question (its
 * words, then its character pairs) rather than by position: the 款 or 项 asked about, with the lead-in of an
 * item so that it reads as the law does. Reports the 款/项 the answer rests on, for the citation.
 */
export function extractArticle(body: string, queryWords: readonly string[], maxChars: number): ArticlePart {
  const all = unitsOf(body);
  const paragraphs = new Set(all.map((u) => u.paragraph)).size;
  const words = queryWords.map(normalizeText).filter((w) => w.length >= 2);
  const grams = [...new Set(words.flatMap((w) => characterBigrams(w)))];
  // Each unit scored once, not at every comparison of the sort (the same values, so the same order).
  const scores = all.map((u) => {
    const shared = words.filter((w) => u.normalized.includes(w)).length;
    const pairs = grams.filter((g) => u.normalized.includes(g)).length;
    return 3 * shared + pairs + (u.order === 0 ? 1.5 : 0) - u.order * 0.01;
  });
  const score = (u: Unit) => scores[u.order]!;
  const ranked = [...all].sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  if (!best) return { sentences: [] };
  if (all.reduce((n, u) => n + u.text.length, 0) <= maxChars) {
    return { sentences: all.map((u) => u.text), ...pinpoint(best, ranked[1], score, paragraphs) };
  }
  const picked = new Set<Unit>();
  let used = 0;
  const take = (u: Unit) => {
    if (picked.has(u) || used + u.text.length > maxChars) return false;
    picked.add(u);
    used += u.text.length;
    return true;
  };
  for (const u of ranked) {
    // An item is quoted with its lead-in (有下列情形之一的，…：), or not at all.
    if (u.leadIn && !picked.has(u.leadIn)) {
      if (used + u.leadIn.text.length + u.text.length > maxChars) continue;
      take(u.leadIn);
    }
    take(u);
  }
  const sentences = [...picked].sort((a, b) => a.order - b.order).map((u) => u.text);
  return { sentences, ...pinpoint(best, ranked[1], score, paragraphs) };
}

/** The 款/项 an answer rests on: the best sentence's, when it clearly beats the next one (of another 款, for the 款). */
function pinpoint(best: Unit, next: Unit | undefined, score: (u: Unit) => number, paragraphs: number): Omit<ArticlePart, "sentences"> {
  if (score(best) < 3) return {};
  const ahead = !next || score(best) - score(next) >= 1;
  const paragraph = paragraphs > 1 && (ahead || next!.paragraph === best.paragraph) ? { paragraph: best.paragraph } : {};
  return { ...paragraph, ...(best.item && ahead ? { item: best.item } : {}) };
}
