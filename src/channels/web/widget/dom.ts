/** Small DOM helpers shared by the widget's parts; all text is set as text, never parsed as HTML. */
import { icon, type IconName } from "./icons.js";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A button with a visible text, optionally an icon before it and a longer accessible name. */
export function button(text: string, onClick: () => void, options: { icon?: IconName; label?: string; className?: string } = {}): HTMLButtonElement {
  const node = el("button", options.className ?? "", text);
  node.type = "button";
  if (options.icon) node.prepend(icon(options.icon));
  if (options.label) node.setAttribute("aria-label", options.label);
  node.addEventListener("click", onClick);
  return node;
}

/** A labelled form field (the label is visible: placeholders are no labels). */
export function field(id: string, label: string, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  const wrap = el("div", "field");
  const caption = el("label", "", label);
  caption.htmlFor = id;
  control.id = id;
  wrap.append(caption, control);
  return wrap;
}

/** "2026-12-06 14:30" in the reader's time zone, or "" for a missing or odd value. */
export function shortTime(iso: string | null | undefined): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Copies text to the clipboard; false when the page may not. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The ticket number, and the 查询码 that lets it be looked up from another device. */
export function ticketBox(ticketId: string, secret?: string): HTMLElement {
  const box = el("div", "ticket");
  box.append(el("div", "", `工单号：${ticketId}`));
  if (secret) box.append(el("div", "", `查询码：${secret}`));
  return box;
}
