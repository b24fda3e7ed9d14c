/** The text as a regular expression matching it literally (a cue or name with a dot or bracket). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
