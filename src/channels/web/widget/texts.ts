/** The wording from prompts/replies.yaml, put into the bundle by the server (esbuild define). */
import type { WidgetTextKey, WidgetTexts } from "./text-keys.js";

declare const __ZHICE_TEXTS__: WidgetTexts | undefined;

const TEXTS: Partial<WidgetTexts> = typeof __ZHICE_TEXTS__ === "object" && __ZHICE_TEXTS__ ? __ZHICE_TEXTS__ : {};

/** One text with its {placeholders} filled; a key the bundle lacks shows as the key (visible, not blank). */
export function t(key: WidgetTextKey, values: Record<string, string> = {}): string {
  return (TEXTS[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The label of a ticket status (待处理, 处理中, …). */
export function statusText(status: string): string {
  const key = `status_${status}` as WidgetTextKey;
  return TEXTS[key] ?? status;
}
