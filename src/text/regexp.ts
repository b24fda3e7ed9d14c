/** The text as a regular expression matching it literally (a cue or name with a dot or bracket). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const SPECIAL = "\\^$.|?*+()[]{}";
const OPTIONAL_LAST = "?*{";

/**
 * Text every match of a pattern starts with: its literal opening up to the first special character (without
 * the last letter when a ?, * or {…} makes that one optional). "" when nothing is certain: an alternative at
 * the top level (a|b), an opening group or class, or a letter with case (the i flag would also match it
 * in the other case). A text without it cannot match, which a plain `includes` tells before the regex runs.
 */
export function requiredPrefix(source: string): string {
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === "\\") i += 1;
    else if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (ch === "|" && depth === 0) return "";
  }
  let end = 0;
  while (end < source.length && !SPECIAL.includes(source[end]!)) end += 1;
  if (end < source.length && OPTIONAL_LAST.includes(source[end]!)) end -= 1;
  let prefix = "";
  for (const ch of source.slice(0, Math.max(0, end))) {
    if (ch.toLowerCase() !== ch.toUpperCase()) break;
    prefix += ch;
  }
  return prefix;
}
