import { normalizeText } from "../text/index.js";

/** A section id the model cites: [S1], or several in one bracket ([S1, S2], [S1][S2]). */
export const CITATION = /\[\s*(S\d+(?:\s*[,，、;；]\s*S\d+)*)\s*\]/g;

/** The ids a text cites, in the order they first appear. */
export function citedIds(text: string): string[] {
  const ids = [...text.matchAll(CITATION)].flatMap((m) => m[1]!.split(/[,，、;；]/).map((id) => id.trim()));
  return [...new Set(ids)];
}

/**
 * The figures a text states — amounts, percentages, dates, durations, article numbers, the digits of
 * a 文号 — after the project's one normalisation (full-width digits folded, 三个月 → 3个月, 百分之十 → 10%,
 * 二〇二四 → 2024), with citation markers removed so S1 is not a figure.
 */
export function figuresIn(text: string): string[] {
  const plain = normalizeText(text.replace(CITATION, " "));
  return [...plain.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/^0+(?=\d)/, ""));
}

/** The figures of `text` that `source` does not state. */
export function unsupportedFigures(text: string, source: string): string[] {
  const known = new Set(figuresIn(source));
  return [...new Set(figuresIn(text))].filter((figure) => !known.has(figure));
}
