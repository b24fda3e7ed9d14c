import { CITATION, citedIds, unsupportedFigures } from "./numbers.js";

/** A retrieved section as the model sees it: an id and the text it may rely on. */
export interface SourceSection {
  id: string;
  /** Everything the model was shown of it: title, issuer, 文号, dates, heading and body. */
  text: string;
}

export const REJECTIONS = ["empty", "no_citation", "unknown_citation", "unsupported_figure", "too_long", "echoes_prompt"] as const;
export type Rejection = (typeof REJECTIONS)[number];

export type DraftCheck = { ok: true; text: string; cited: string[] } | { ok: false; reason: Rejection; detail?: string };

/** Any run of this many characters of a prompt in a reply means the reply repeats the prompt. */
const ECHO_RUN = 14;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Whether the reply repeats a run of the instructions (a leaked system prompt, even partly). */
export function echoes(reply: string, instructions: readonly string[]): boolean {
  const said = compact(reply);
  return instructions.some((prompt) => {
    const text = compact(prompt);
    for (let i = 0; i + ECHO_RUN <= text.length; i += 2) if (said.includes(text.slice(i, i + ECHO_RUN))) return true;
    return false;
  });
}

/**
 * The model's draft is used only when it is grounded: it cites, cites only the sections it was given,
 * states no figure (amount, date, duration, percentage, 文号 digits) absent from the sections it cites,
 * stays within the length budget and repeats none of its instructions. Otherwise the extractive
 * answer stands.
 */
export function checkDraft(
  draft: string,
  sections: readonly SourceSection[],
  options: { maxChars: number; instructions: readonly string[] },
): DraftCheck {
  const text = draft.replace(/\s*\n\s*/g, "").trim();
  if (!text || text.startsWith("无法回答")) return { ok: false, reason: "empty" };
  if (echoes(text, options.instructions)) return { ok: false, reason: "echoes_prompt" };
  const cited = citedIds(text);
  if (cited.length === 0) return { ok: false, reason: "no_citation" };
  const unknown = cited.filter((id) => !sections.some((s) => s.id === id));
  if (unknown.length) return { ok: false, reason: "unknown_citation", detail: unknown.join(",") };
  if (text.replace(CITATION, "").length > options.maxChars) return { ok: false, reason: "too_long" };
  const source = sections.filter((s) => cited.includes(s.id)).map((s) => s.text).join("\n");
  const invented = unsupportedFigures(text, source);
  if (invented.length) return { ok: false, reason: "unsupported_figure", detail: invented.join(",") };
  return { ok: true, text, cited };
}
