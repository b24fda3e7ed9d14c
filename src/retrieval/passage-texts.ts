import type { Passage } from "../knowledge/index.js";
import { indexText, questionSides, questionText } from "./passage-text.js";
import { textFilter, type TextFilter } from "./text-filter.js";

/** A passage's normalised texts as ranking measures them, made once per passage id. */
export interface PassageTexts {
  /** The passage's place in the containment cache (containment-cache.ts), in the order passages were first asked for. */
  slot: number;
  whole: string;
  question: string;
  sides: string[];
  /** Where each side stands in the question text (null if one does not: so far never), for questionAndSides. */
  spans: Int32Array | null;
  /** Each with its filter (text-filter.ts): most of a question's words are ruled out of a text without scanning it. */
  filters: { whole: TextFilter; question: TextFilter };
}

/**
 * The texts of each passage, by id, for one retriever. Ranking asks for them for every candidate of every question
 * (30 to 90 of them); a look-up by id in a map of thousands of passages cost about a microsecond a candidate in a
 * profile (cache misses on the map and its keys), so each passage object also holds its entry under this table's
 * own symbol, read straight from the object the ranking has just touched. The property is non-enumerable (spreads,
 * Object.keys and JSON leave it out) and each table has its own symbol, so its slots stay its own. An object with an
 * id seen before gets that id's entry, as the look-up by id gave.
 */
export function passageTexts(): { of: (passage: Passage) => PassageTexts; size: () => number } {
  const byId = new Map<string, PassageTexts>();
  const own = Symbol("passage texts");
  const of = (passage: Passage): PassageTexts => {
    const held = (passage as Passage & { [own]?: PassageTexts })[own];
    if (held) return held;
    let found = byId.get(passage.id);
    if (!found) {
      const [whole, question, sides] = [indexText(passage), questionText(passage), questionSides(passage)];
      const starts = sides.map((side) => question.indexOf(side));
      const spans = starts.every((at) => at >= 0) ? Int32Array.from(sides.flatMap((side, i) => [starts[i]!, starts[i]! + side.length])) : null;
      found = { slot: byId.size, whole, question, sides, spans, filters: { whole: textFilter(whole), question: textFilter(question) } };
      byId.set(passage.id, found);
    }
    if (Object.isExtensible(passage)) Object.defineProperty(passage, own, { value: found });
    return found;
  };
  return { of, size: () => byId.size };
}
