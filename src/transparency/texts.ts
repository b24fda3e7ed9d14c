/**
 * The public page's wording (`transparency:` in prompts/replies.yaml): every key is required, so a
 * missing one stops start-up naming it, like every other reply.
 */
import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../answer/data-files.js";
import { TOPICS } from "../knowledge/index.js";

export const TRANSPARENCY_TEXT_KEYS = [
  "title", "intro", "period_label", "period_links", "days_option", "elder_on", "elder_off", "elder_hint", "skip",
  "summary_heading", "answered", "escalated", "resolved", "tickets", "median", "median_none", "hours",
  "by_topic_heading", "by_topic_caption", "topic_column", "top_heading", "top_note", "top_caption", "question_column",
  "sessions_column", "top_none", "updates_heading", "updates_caption", "date_column", "document_column", "change_column",
  "change_effective", "change_reviewed", "updates_none", "footer",
  ...TOPICS.map((t) => `topic_${t}` as const), "topic_other",
] as const;
export type TransparencyTextKey = (typeof TRANSPARENCY_TEXT_KEYS)[number];

const schema = z.object({
  transparency: z.object(Object.fromEntries(TRANSPARENCY_TEXT_KEYS.map((k) => [k, z.string().min(1)])) as Record<TransparencyTextKey, z.ZodString>),
});

export interface TransparencyTexts {
  /** The text with its {placeholders} filled; an unknown placeholder is left as it is. */
  t(key: TransparencyTextKey, values?: Record<string, string | number>): string;
  topic(topic: string | null): string;
}

export function loadTransparencyTexts(promptsDir: string): TransparencyTexts {
  const { transparency } = readYamlFile(path.join(promptsDir, "replies.yaml"), schema);
  const t: TransparencyTexts["t"] = (key, values = {}) =>
    transparency[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
  return {
    t,
    topic: (topic) => ((TOPICS as readonly string[]).includes(topic ?? "") ? t(`topic_${topic}` as TransparencyTextKey) : t("topic_other")),
  };
}
