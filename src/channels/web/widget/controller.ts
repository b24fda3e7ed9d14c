/**
 * The conversation: sends questions, feedback and 转人工 requests, keeps the entries in storage and
 * renders them into the panel. A failed request leaves the question in the input box for another try.
 */
import type { Api } from "./api.js";
import { createPanel, type Panel } from "./panel.js";
import { notice, renderEntry, type RenderHandlers } from "./render.js";
import type { Store } from "./store.js";
import type { Entry, Feedback } from "./types.js";

export const WELCOME =
  "您好！我是知策，可以解答医保、入学、社保养老、户籍居住证、企业开办、融资和知识产权等政务问题，回答都会注明政策依据。请输入您的问题。";

export interface WidgetOptions {
  api: Api;
  store: Store;
  title: string;
}

/** A session id for a 转人工 request made before any question was answered. */
function newSessionId(): string {
  const random = () => Math.random().toString(36).slice(2, 10);
  return `web-${Date.now().toString(36)}-${random()}${random()}`;
}

export function mountWidget(shadow: ShadowRoot, { api, store, title }: WidgetOptions): Panel {
  let entries: Entry[] = store.entries();
  let busy = false;

  const handlers: RenderHandlers = {
    ask: (question) => void send(question, false),
    async feedback(entry, value: Feedback) {
      const sessionId = entry.reply.sessionId || store.sessionId();
      if (!sessionId || !entry.reply.answerId) return "这条回答无法评价。";
      const result = await api.feedback(sessionId, entry.reply.answerId, value === "up");
      if (!result.ok) return result.message;
      entry.feedback = value;
      store.setEntries(entries);
      return null;
    },
  };

  const panel = createPanel(shadow, title, {
    submit: (text) => void send(text, true),
    escalate: () => void escalate(),
    reset,
    openChanged: (open) => store.setPanelOpen(open),
    elderChanged(on) {
      store.setElderMode(on);
      panel.setElder(on);
    },
  });

  function show(node: HTMLElement): HTMLElement {
    panel.log.append(node);
    panel.log.scrollTop = panel.log.scrollHeight;
    return node;
  }
  function add(entry: Entry): void {
    entries.push(entry);
    store.setEntries(entries);
    show(renderEntry(entry, handlers));
  }

  async function send(text: string, typed: boolean): Promise<void> {
    if (busy) return;
    busy = true;
    panel.setBusy(true);
    const pending = show(renderEntry({ kind: "user", text }, handlers));
    const result = await api.chat(text, store.sessionId());
    busy = false;
    panel.setBusy(false);
    pending.remove();
    if (!result.ok) {
      show(notice(result.message, true));
      if (!typed) panel.input.value = text;
      panel.input.focus();
      return;
    }
    if (result.value.sessionId) store.setSessionId(result.value.sessionId);
    if (typed) panel.input.value = "";
    add({ kind: "user", text });
    add({ kind: "bot", question: text, reply: result.value });
  }

  async function escalate(): Promise<void> {
    const asked = [...entries].reverse().find((e) => e.kind === "user");
    const question = asked?.kind === "user" ? asked.text : panel.input.value.trim();
    if (!question) {
      show(notice("请先在下方输入您的问题，再点击“转人工”。", true));
      panel.input.focus();
      return;
    }
    let sessionId = store.sessionId();
    if (!sessionId) store.setSessionId((sessionId = newSessionId()));
    busy = true;
    panel.setBusy(true);
    const result = await api.escalate(sessionId, question);
    busy = false;
    panel.setBusy(false);
    if (result.ok) add({ kind: "ticket", text: result.value.message, ticketId: result.value.ticketId });
    else show(notice(result.message, true));
  }

  function reset(): void {
    entries = [];
    store.setEntries(entries);
    store.setSessionId(null);
    panel.log.replaceChildren(notice(WELCOME));
    panel.input.focus();
  }

  panel.setElder(store.elderMode());
  show(notice(WELCOME));
  for (const entry of entries) show(renderEntry(entry, handlers));
  if (store.panelOpen()) panel.open(false);
  return panel;
}
