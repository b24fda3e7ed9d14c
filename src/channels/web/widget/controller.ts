/**
 * The conversation: sends questions, feedback and 转人工 requests, keeps the entries in storage and
 * renders them into the panel. A failed request leaves the question in the input box for another try.
 * The session id is the server's (from /api/chat or /api/escalate); the widget never makes one up.
 */
import type { Api } from "./api.js";
import { createPanel, type Panel } from "./panel.js";
import { notice, renderEntry, type RenderHandlers } from "./render.js";
import type { Store } from "./store.js";
import { createSheets } from "./sheets.js";
import { t } from "./texts.js";
import { createTicketWatch, rememberTicket } from "./ticket-watch.js";
import type { Entry, TicketView } from "./types.js";
import { welcome } from "./welcome.js";
import { el } from "./dom.js";

/** Set by the server when it streams answers (LLM_MODE=answer). */
declare const __ZHICE_STREAM__: boolean | undefined;
const STREAMING = typeof __ZHICE_STREAM__ === "boolean" && __ZHICE_STREAM__;

export interface WidgetOptions {
  api: Api;
  store: Store;
  title: string;
  /** How often staff answers are checked while the panel is open. */
  pollMs?: number;
}

export function mountWidget(shadow: ShadowRoot, { api, store, title, pollMs }: WidgetOptions): Panel {
  let entries: Entry[] = store.entries();
  let busy = false;
  let rendered = 0;

  const handlers: RenderHandlers = {
    ask: (question) => void send(question, false),
    async feedback(entry, value, handoff) {
      const sessionId = entry.reply.sessionId || store.sessionId();
      if (!sessionId || !entry.reply.answerId) return { error: "这条回答无法评价。" };
      const result = await api.feedback(sessionId, entry.reply.answerId, value === "up", handoff);
      if (!result.ok) return { error: result.message };
      entry.feedback = value;
      const { ticketId, secret } = result.value;
      if (ticketId && secret) {
        rememberTicket(store, { ticketId, secret });
        // Kept right after the answer, so a reload shows the ticket where it was opened.
        entries.splice(entries.indexOf(entry) + 1, 0, { kind: "ticket", text: t("handoff_done"), ticketId, secret });
      }
      store.setEntries(entries);
      return { error: null, ...(ticketId && secret ? { ticket: { ticketId, secret } } : {}) };
    },
    async passage(docId, section) {
      const result = await api.passage(docId, section);
      return result.ok ? result.value : null;
    },
  };

  const panel = createPanel(shadow, title, {
    submit: (text) => void send(text, true),
    escalate: () => sheets.handoff(lastQuestion()),
    lookup: () => sheets.lookup(),
    reset,
    openChanged(open) {
      store.setPanelOpen(open);
      if (!open) return;
      const last = panel.log.lastElementChild;
      if (last instanceof HTMLElement) reveal(last);
      void watch.check();
    },
    elderChanged(on) {
      store.setElderMode(on);
      panel.setElder(on);
    },
  });

  function show(node: HTMLElement): HTMLElement {
    panel.log.append(node);
    return node;
  }
  /** Scrolls the log so the node's first line is at its top (a long answer is read from its start). */
  function reveal(node: HTMLElement): void {
    panel.log.scrollTop = Math.max(0, node.offsetTop - 8);
  }
  function add(entry: Entry): HTMLElement {
    entries.push(entry);
    store.setEntries(entries);
    return show(renderEntry(entry, handlers, rendered++));
  }
  function deliver(view: TicketView | { ticketId: string; question: string; answer: string | null; answeredAt?: string | null }): boolean {
    if (!view.answer || entries.some((e) => e.kind === "staff" && e.ticketId === view.ticketId)) return false;
    reveal(add({ kind: "staff", ticketId: view.ticketId, question: view.question, answer: view.answer, answeredAt: view.answeredAt ?? null }));
    panel.setUnread(true);
    return true;
  }
  function lastQuestion(): string {
    const asked = [...entries].reverse().find((e) => e.kind === "user");
    return asked?.kind === "user" ? asked.text : panel.input.value.trim();
  }
  const sheets = createSheets({ api, store, panel, show, reveal, add, deliver });
  const watch = createTicketWatch({ api, store, deliver, isOpen: () => !panel.dialog.hidden, ...(pollMs ? { intervalMs: pollMs } : {}) });

  async function send(text: string, typed: boolean): Promise<void> {
    if (busy) return;
    busy = true;
    panel.setBusy(true);
    sheets.close();
    const pending = show(renderEntry({ kind: "user", text }, handlers));
    // The answer as it is written: hidden from screen readers, which hear only the checked answer that replaces it.
    const draft = { node: null as HTMLElement | null };
    const onDraft = (written: string) => {
      if (!draft.node) {
        draft.node = show(el("div", "msg draft"));
        draft.node.setAttribute("aria-hidden", "true");
      }
      // Citation markers ([S1]) are for the check, not for people; a marker still being written is held back.
      draft.node.textContent = written.replace(/\[\s*S\d+(\s*[,，、]\s*S\d+)*\s*\]/g, "").replace(/\[[^\]]*$/, "");
    };
    const result = STREAMING ? await api.chatStream(text, store.sessionId(), onDraft) : await api.chat(text, store.sessionId());
    busy = false;
    panel.setBusy(false);
    pending.remove();
    draft.node?.remove();
    if (!result.ok) {
      show(notice(result.message, true));
      if (!typed) panel.input.value = text;
      panel.input.focus();
      return;
    }
    if (result.value.sessionId) store.setSessionId(result.value.sessionId);
    if (typed) panel.input.value = "";
    for (const staff of result.value.staffAnswers ?? []) deliver(staff);
    add({ kind: "user", text });
    const answer = add({ kind: "bot", question: text, reply: result.value });
    reveal(answer);
    // A chip scrolls out of view with its answer: move focus to the new answer instead.
    if (!typed) {
      answer.tabIndex = -1;
      answer.focus({ preventScroll: true });
    }
  }

  function reset(): void {
    entries = [];
    store.setEntries(entries);
    store.setSessionId(null); // a new conversation; tickets already opened are still checked by number
    sheets.close();
    panel.log.replaceChildren(welcome());
    panel.input.focus();
  }

  panel.setElder(store.elderMode());
  show(welcome());
  for (const entry of entries) show(renderEntry(entry, handlers, rendered++));
  if (store.panelOpen()) panel.open(false);
  void watch.check();
  return panel;
}
