/**
 * One ticket opened from the queue: its facts, the question, the answer so far, the audit trail,
 * the 认领 / 关闭 / 重新打开 buttons and, once this staff member has claimed it, the answer form.
 * A 409 (someone else claimed it, the state changed) is shown as the server words it.
 */
import type { ApiResult, StaffApi } from "./api.js";
import { createAnswerForm } from "./answer-form.js";
import { alertRegion, button, el, facts, section } from "./dom.js";
import { ACTION_LABELS, CHANNEL_LABELS, REASON_LABELS, SOURCE_LABELS, STATUS_LABELS, TOPIC_LABELS, formatTime, label } from "./labels.js";
import type { TicketDetail } from "./types.js";

/** Which actions the ticket's state allows (the server has the last word). */
const ALLOWED: Record<string, readonly string[]> = {
  claim: ["open"],
  close: ["open", "claimed", "answered"],
  reopen: ["answered", "closed"],
};

export interface TicketHooks {
  /** The signed-in staff member's name. */
  staff(): string;
  /** A ticket changed: refresh the queue and statistics. */
  changed(): void;
  announce(text: string): void;
}

export interface TicketView {
  root: HTMLElement;
  open(id: string): Promise<void>;
}

/** Audit details that are codes (the source or reason of a new ticket). */
const DETAILS: Readonly<Record<string, string>> = { ...SOURCE_LABELS, ...REASON_LABELS };

function auditList(ticket: TicketDetail): HTMLElement {
  const list = el("ol", "audit");
  list.setAttribute("aria-label", "处理记录");
  for (const entry of ticket.audit) {
    list.append(el("li", "", `${formatTime(entry.at)} ${entry.actor} ${label(ACTION_LABELS, entry.action)}${entry.detail ? `：${DETAILS[entry.detail] ?? entry.detail}` : ""}`));
  }
  return list;
}

export function createTicketView(api: StaffApi, hooks: TicketHooks): TicketView {
  const { root, heading } = section("ticket", "工单详情");
  const error = alertRegion();
  const body = el("div", "ticket-body");
  body.append(el("p", "hint", "请在工单队列中选择一条工单。"));
  root.append(error, body);
  let current: string | null = null;

  async function after(result: ApiResult<unknown>, done: string): Promise<string | null> {
    if (!result.ok) {
      error.textContent = result.message;
      return result.message;
    }
    hooks.announce(done);
    hooks.changed();
    if (current) await load(current);
    heading.focus(); // the pressed button was re-rendered: keep keyboard users in the ticket
    return null;
  }

  function render(ticket: TicketDetail): void {
    heading.textContent = `工单详情 · ${ticket.id}`;
    const status = el("p", `badge status-${ticket.status}`, `状态：${label(STATUS_LABELS, ticket.status)}`);
    status.id = "ticket-status";
    const actions = el("div", "actions");
    for (const [action, text] of [["claim", "认领"], ["close", "关闭"], ["reopen", "重新打开"]] as const) {
      const node = button(text, () => void act(action, text), action === "claim" ? "primary" : "");
      node.disabled = !ALLOWED[action]!.includes(ticket.status);
      actions.append(node);
    }
    const parts: HTMLElement[] = [status, el("h3", "", "群众问题"), el("blockquote", "question", ticket.question)];
    parts.push(facts([
      ["主题", label(TOPIC_LABELS, ticket.topic)],
      ["渠道", label(CHANNEL_LABELS, ticket.channel)],
      ["来源", label(SOURCE_LABELS, ticket.source)],
      ["转人工原因", label(REASON_LABELS, ticket.reason)],
      ["创建时间", formatTime(ticket.createdAt)],
      ["认领人", ticket.claimedBy],
      ["答复人", ticket.answeredBy],
      ["答复时间", ticket.answeredAt ? formatTime(ticket.answeredAt) : null],
      ["常见问答", ticket.faqId],
    ]));
    if (ticket.answer) parts.push(el("h3", "", "答复内容"), el("p", "answer-text", ticket.answer));
    parts.push(actions);
    if (ticket.status === "claimed" && ticket.claimedBy === hooks.staff()) {
      parts.push(el("h3", "", "填写答复"), createAnswerForm(ticket.topic, (answer) => api.answer(ticket.id, answer).then((r) => after(r, "已提交答复"))));
    } else if (ticket.status === "claimed") {
      parts.push(el("p", "hint", `该工单由 ${ticket.claimedBy ?? "其他工作人员"} 处理中。`));
    }
    parts.push(el("h3", "", "处理记录"), auditList(ticket));
    body.replaceChildren(...parts);
  }

  async function act(action: "claim" | "close" | "reopen", text: string): Promise<void> {
    if (!current) return;
    error.textContent = "";
    await after(await api.act(current, action), `已${text}工单 ${current}`);
  }

  async function load(id: string): Promise<void> {
    const result = await api.ticket(id);
    if (!result.ok) {
      error.textContent = result.message;
      return;
    }
    if (id === current) render(result.value);
  }

  return {
    root,
    async open(id) {
      current = id;
      error.textContent = "";
      await load(id);
      heading.focus();
    },
  };
}
