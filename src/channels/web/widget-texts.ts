/**
 * The web widget's wording (welcome, disclaimer, privacy notice, 转人工 and 查询工单 texts), read from the
 * `widget:` section of prompts/replies.yaml and baked into /widget.js, so it is edited with every other reply.
 */
import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../../answer/data-files.js";
import { WIDGET_TEXT_KEYS, type WidgetTexts } from "./widget/text-keys.js";

export type { WidgetTexts } from "./widget/text-keys.js";

const OWN_KEYS = WIDGET_TEXT_KEYS.filter((k) => !k.startsWith("status_"));
const TICKET_STATUSES = ["open", "claimed", "answered", "closed"] as const;
const texts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K, z.ZodString>);

const schema = z.object({ widget: texts(OWN_KEYS), ticket_status: texts(TICKET_STATUSES) });

/** The texts with {retentionDays} filled in; a missing key stops start-up naming it. */
export function loadWidgetTexts(promptsDir: string, retentionDays: number): WidgetTexts {
  const { widget, ticket_status } = readYamlFile(path.join(promptsDir, "replies.yaml"), schema);
  const statuses = Object.entries(ticket_status).map(([status, word]) => [`status_${status}`, word]);
  return Object.fromEntries([
    ...Object.entries(widget).map(([key, text]) => [key, text.replace("{retentionDays}", String(retentionDays))]),
    ...statuses,
  ]) as WidgetTexts;
}
