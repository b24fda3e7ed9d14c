/**
 * Turns conversation entries into DOM nodes. Every answer, question, title and snippet is set as text
 * (textContent / text nodes) — never parsed as HTML — so markup in them shows as the characters it is.
 */
import { renderCitation, type LoadPassage } from "./citation.js";
import { button, el, shortTime, ticketBox } from "./dom.js";
import { feedbackButtons } from "./feedback-actions.js";
import { icon } from "./icons.js";
import { t } from "./texts.js";
import type { ChatReply, Entry, Feedback } from "./types.js";


export type BotEntry = Extract<Entry, { kind: "bot" }>;
type StaffEntry = Extract<Entry, { kind: "staff" }>;

/** The outcome of 👍/👎: an error to show, or the ticket 👎 opened with the person's consent. */
export interface FeedbackOutcome {
  error: string | null;
  ticket?: { ticketId: string; secret: string };
}

export interface RenderHandlers {
  /** Ask a question (a suggestion chip was chosen). */
  ask(question: string): void;
  /** Send 👍/👎; `handoff` says whether a 👎 goes to staff. */
  feedback(entry: BotEntry, value: Feedback, handoff: boolean): Promise<FeedbackOutcome>;
  passage: LoadPassage;
}

/** Answers longer than this are shown folded, with 展开全文. */
export const LONG_ANSWER_CHARS = 160;

/** The answer without its 来源 line when the citations below show the source (copies keep it). */
export function visibleAnswer(reply: ChatReply): string {
  if (reply.citations.length === 0) return reply.answer;
  return reply.answer.split("\n").filter((line) => !/^\s*来源[:：]/.test(line)).join("\n").trim();
}

/** Example questions a canned reply offers (例如“…”“…”), to be shown as chips. */
export function exampleQuestions(reply: ChatReply): string[] {
  if (reply.status !== "out_of_scope" || (reply.suggestions?.length ?? 0) > 0) return [];
  const examples = reply.answer.split("例如")[1] ?? "";
  return [...examples.matchAll(/“([^”]{4,40})”/g)].map((m) => m[1]!);
}

function chips(questions: readonly string[], handlers: RenderHandlers): HTMLElement {
  const list = el("div", "chips");
  list.setAttribute("role", "group");
  list.setAttribute("aria-label", "您可以这样问");
  for (const question of questions) list.append(button(question, () => handlers.ask(question)));
  return list;
}

/** The answer text, folded with a 展开全文 toggle when long. */
function answerBody(text: string, id: string): HTMLElement {
  const body = el("div", "answer");
  const p = el("p", "", text);
  p.id = id;
  body.append(p);
  if (text.length <= LONG_ANSWER_CHARS) return body;
  body.classList.add("folded");
  const toggle = button("展开全文", () => {
    const folded = body.classList.toggle("folded");
    toggle.textContent = folded ? "展开全文" : "收起";
    toggle.setAttribute("aria-expanded", String(!folded));
  }, { className: "more" });
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", id);
  body.append(toggle);
  return body;
}

function renderBot(entry: BotEntry, handlers: RenderHandlers, index: number): HTMLElement {
  const { reply } = entry;
  const node = el("div", "msg bot");
  node.append(answerBody(visibleAnswer(reply), `zhice-answer-${index}`));
  if (reply.ticketId) node.append(ticketBox(reply.ticketId));
  if (reply.citations.length > 0) {
    const sources = el("div", "sources");
    sources.append(el("span", "", "依据来源（点击展开）："), ...reply.citations.map((c) => renderCitation(c, handlers.passage)));
    node.append(sources);
  }
  const questions = reply.suggestions?.length ? reply.suggestions : exampleQuestions(reply);
  if (questions.length > 0) node.append(chips(questions, handlers));
  node.append(feedbackButtons(entry, handlers));
  return node;
}

/** A staff answer: its own message, marked 工作人员回复 · 工单号 · time. */
export function renderStaff(entry: StaffEntry): HTMLElement {
  const node = el("div", "msg staff");
  const head = el("p", "staff-head");
  const time = shortTime(entry.answeredAt);
  head.append(icon("staff"), el("strong", "", t("staff_label")), ` · 工单 ${entry.ticketId}${time ? ` · ${time}` : ""}`);
  node.append(head);
  if (entry.question) node.append(el("p", "asked", `您的问题：${entry.question}`));
  node.append(el("p", "", entry.answer));
  return node;
}

/** The node for one entry; `index` makes ids unique within the log. */
export function renderEntry(entry: Entry, handlers: RenderHandlers, index = 0): HTMLElement {
  if (entry.kind === "user") return el("div", "msg user", entry.text);
  if (entry.kind === "staff") return renderStaff(entry);
  if (entry.kind === "ticket") {
    const node = el("div", "msg notice", entry.text);
    node.append(ticketBox(entry.ticketId, entry.secret));
    return node;
  }
  return renderBot(entry, handlers, index);
}

/** A notice that is shown once and not stored (errors, "正在查询…"). */
export function notice(text: string, error = false): HTMLElement {
  return el("div", error ? "msg notice error" : "msg notice", text);
}
