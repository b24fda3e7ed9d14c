import type { Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";

/** What is indexed for a passage: its title and heading (twice: they name the question), body and phrasings. */
export function indexText(passage: Passage): string {
  return normalizeText([passage.title, passage.heading, passage.heading, passage.body, ...passage.phrasings].join("\n"));
}

/** The question side only: heading and 常见问法, for the section-match signal. */
export function questionText(passage: Passage): string {
  return normalizeText([passage.heading, ...passage.phrasings].join("\n"));
}
