/**
 * Turns conversation entries into DOM nodes. Every answer, question, title and snippet is set as text
 * (textContent / text nodes) — never parsed as HTML — so markup in them shows as the characters it is.
 */
import type { Citation, Entry, Feedback } from "./types.js";

type BotEntry = Extract<Entry, { kind: "bot" }>;

export interface RenderHandlers {
  /** Ask a question (a suggestion chip was chosen). */
  ask(question: string): void;
  /** Send 👍/👎; resolves to an error message, or null when it was recorded. */
  feedback(entry: BotEntry, value: Feedback): Promise<string | null>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(text: string, onClick: () => void, label = ""): HTMLButtonElement {
  const node = el("button", "", text);
  node.type = "button";
  if (label) node.setAttribute("aria-label", label);
  node.addEventListener("click", onClick);
  return node;
}

export function ticketBox(ticketId: string): HTMLElement {
  return el("div", "ticket", `工单号：${ticketId}`);
}

function citation(source: Citation): HTMLElement {
  const details = el("details");
  details.append(el("summary", "", source.section ? `${source.title} · ${source.section}` : source.title));
  const list = el("dl");
  const row = (term: string, value: string | undefined) => value && list.append(el("dt", "", term), el("dd", "", value));
  row("发布机关", source.issuer);
  row("文号", source.docNo);
  details.append(list);
  if (source.snippet) details.append(el("blockquote", "", source.snippet));
  if (source.url && /^https?:\/\//i.test(source.url)) {
    const link = el("a", "", "查看原文");
    link.href = source.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    details.append(link);
  }
  return details;
}

function feedbackButtons(entry: BotEntry, handlers: RenderHandlers): HTMLElement {
  const actions = el("div", "actions");
  const note = el("span", "status");
  const up = button("👍 有帮助", () => void choose("up"), "有帮助");
  const down = button("👎 没帮助", () => void choose("down"), "没帮助");
  const show = (value: Feedback | undefined) => {
    up.setAttribute("aria-pressed", String(value === "up"));
    down.setAttribute("aria-pressed", String(value === "down"));
  };
  async function choose(value: Feedback): Promise<void> {
    const before = entry.feedback;
    show(value);
    note.textContent = "";
    const error = await handlers.feedback(entry, value);
    note.textContent = error ?? "感谢您的反馈！";
    if (error) show(before);
  }
  show(entry.feedback);
  actions.append(up, down, note);
  return actions;
}

/** The node for one entry. */
export function renderEntry(entry: Entry, handlers: RenderHandlers): HTMLElement {
  if (entry.kind === "user") return el("div", "msg user", entry.text);
  if (entry.kind === "ticket") {
    const node = el("div", "msg notice", entry.text);
    node.append(ticketBox(entry.ticketId));
    return node;
  }
  const { reply } = entry;
  const node = el("div", "msg bot");
  node.append(el("p", "", reply.answer));
  if (reply.ticketId) node.append(ticketBox(reply.ticketId));
  if (reply.citations.length > 0) {
    const sources = el("div", "sources");
    sources.append(el("span", "", "依据来源（点击展开）："), ...reply.citations.map(citation));
    node.append(sources);
  }
  if (reply.suggestions && reply.suggestions.length > 0) {
    const chips = el("div", "chips");
    chips.setAttribute("aria-label", "您可以这样问");
    for (const question of reply.suggestions) chips.append(button(question, () => handlers.ask(question)));
    node.append(chips);
  }
  node.append(feedbackButtons(entry, handlers));
  return node;
}

/** A notice that is shown once and not stored (errors, "正在查询…"). */
export function notice(text: string, error = false): HTMLElement {
  return el("div", error ? "msg notice error" : "msg notice", text);
}
