/**
 * The ticket queue: filters (status, topic, channel), one button per ticket, and pagination.
 * Questions arrive masked by the server; they are shown as text only.
 */
import type { StaffApi } from "./api.js";
import { alertRegion, button, el, field, section, select, statusRegion } from "./dom.js";
import { CHANNEL_LABELS, STATUS_LABELS, TOPIC_LABELS, formatTime, label } from "./labels.js";
import type { TicketSummary } from "./types.js";

export const PAGE_SIZE = 10;

export interface QueueView {
  root: HTMLElement;
  /** Reloads the current page (after an action changed a ticket). */
  refresh(): Promise<void>;
  /** Marks the ticket that is open in the detail view. */
  select(id: string | null): void;
}

function ticketButton(ticket: TicketSummary, onOpen: (id: string) => void): HTMLButtonElement {
  const node = button("", () => onOpen(ticket.id), "ticket-item");
  node.dataset.id = ticket.id;
  const badge = el("span", `badge status-${ticket.status}`, label(STATUS_LABELS, ticket.status));
  const meta = `${ticket.id} · ${label(TOPIC_LABELS, ticket.topic)} · ${label(CHANNEL_LABELS, ticket.channel)} · ${formatTime(ticket.createdAt)}`;
  node.append(badge, el("span", "question", ticket.question), el("span", "meta", meta));
  return node;
}

export function createQueueView(api: StaffApi, onOpen: (id: string) => void): QueueView {
  const { root } = section("queue", "工单队列");
  const filters = el("form", "filters");
  filters.setAttribute("aria-label", "筛选工单");
  const status = select(STATUS_LABELS, "全部状态");
  const topic = select(TOPIC_LABELS, "全部主题");
  const channel = select(CHANNEL_LABELS, "全部渠道");
  status.value = "open";
  filters.append(field("状态", status), field("主题", topic), field("渠道", channel));
  const summary = statusRegion();
  const error = alertRegion();
  const list = el("ul", "tickets");
  list.setAttribute("aria-label", "工单列表");
  const pager = el("nav", "pager");
  pager.setAttribute("aria-label", "工单分页");
  const prev = button("上一页", () => void load(page - 1));
  const next = button("下一页", () => void load(page + 1));
  const where = el("span", "page-info");
  pager.append(prev, where, next);
  root.append(filters, summary, error, list, pager);

  let page = 1;
  let selected: string | null = null;

  async function load(target: number): Promise<void> {
    summary.textContent = "正在加载工单…";
    const result = await api.tickets({ status: status.value, topic: topic.value, channel: channel.value, page: target, pageSize: PAGE_SIZE });
    if (!result.ok) {
      summary.textContent = "";
      error.textContent = result.message;
      return;
    }
    error.textContent = "";
    const { tickets, total } = result.value;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (tickets.length === 0 && target > 1) return load(Math.min(target - 1, pages)); // the page emptied
    page = target;
    list.replaceChildren(...tickets.map((t) => {
      const item = el("li");
      item.append(ticketButton(t, onOpen));
      return item;
    }));
    markSelected();
    where.textContent = `第 ${page} / ${pages} 页`;
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
    summary.textContent = total ? `共 ${total} 条工单` : "没有符合条件的工单";
  }

  function markSelected(): void {
    for (const node of list.querySelectorAll<HTMLButtonElement>("button.ticket-item")) {
      if (node.dataset.id === selected) node.setAttribute("aria-current", "true");
      else node.removeAttribute("aria-current");
    }
  }

  filters.addEventListener("change", () => void load(1));
  filters.addEventListener("submit", (event) => event.preventDefault());
  return {
    root,
    refresh: () => load(page),
    select(id) {
      selected = id;
      markSelected();
    },
  };
}
