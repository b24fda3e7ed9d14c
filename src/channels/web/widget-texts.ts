/**
 * The web widget's wording (welcome, disclaimer, privacy notice, 转人工 and 查询工单 texts), read from the
 * `widget:` section of prompts/replies.yaml and baked into /widget.js, so it is edited with every other reply.
 */
import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../../answer/data-files.js";
import { WIDGET_TEXT_KEYS, type WidgetTextKey, type WidgetTexts } from "./widget/text-keys.js";

export type { WidgetTexts } from "./widget/text-keys.js";


const schema = z.object({
  widget: z.object(Object.fromEntries(WIDGET_TEXT_KEYS.map((k) => [k, z.string().min(1)])) as Record<WidgetTextKey, z.ZodString>),
});

/** The texts with {retentionDays} filled in; a missing key stops start-up naming it. */
export function loadWidgetTexts(promptsDir: string, retentionDays: number): WidgetTexts {
  const { widget } = readYamlFile(path.join(promptsDir, "replies.yaml"), schema);
  return Object.fromEntries(
    Object.entries(widget).map(([key, text]) => [key, text.replace("{retentionDays}", String(retentionDays))]),
  ) as WidgetTexts;
}
