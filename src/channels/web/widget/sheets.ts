/**
 * The forms that open in the log — 转人工 (with consent) and 查询工单 — one at a time, and what happens
 * when they are sent: a ticket message with its number and 查询码, or the looked-up ticket's answer or status.
 */
import type { Api } from "./api.js";
import { handoffForm } from "./handoff-form.js";
import { lookupForm } from "./lookup-form.js";
import type { Panel } from "./panel.js";
import { notice } from "./render.js";
import type { Store } from "./store.js";
import { statusText, t } from "./texts.js";
import { rememberTicket } from "./ticket-watch.js";
import type { Entry, TicketView } from "./types.js";

export interface SheetContext {
  api: Api;
  store: Store;
  panel: Panel;
  show(node: HTMLElement): HTMLElement;
  reveal(node: HTMLElement): void;
  add(entry: Entry): HTMLElement;
  /** Shows a staff answer; false when it is already in the log. */
  deliver(view: TicketView): boolean;
}

export function createSheets({ api, store, panel, show, reveal, add, deliver }: SheetContext) {
  let sheet: HTMLElement | null = null;

  function open(node: HTMLElement): void {
    close();
    sheet = show(node);
    reveal(node);
    node.querySelector<HTMLElement>("textarea, input")?.focus({ preventScroll: true });
  }
  function close(): void {
    sheet?.remove();
    sheet = null;
  }
  function cancel(): void {
    close();
    panel.input.focus();
  }

  return {
    close,
    /** 转人工: `need` prefills what the person needs (their last question). */
    handoff(need: string): void {
      open(
        handoffForm(need, {
          cancel,
          async submit(request) {
            const result = await api.escalate({ ...request, sessionId: store.sessionId() });
            if (!result.ok) return result.message;
            const { ticketId, secret, sessionId } = result.value;
            if (!store.sessionId() && sessionId) store.setSessionId(sessionId);
            rememberTicket(store, { ticketId, secret });
            if (panel.input.value.trim() === request.message) panel.input.value = ""; // it was sent as the need
            close();
            reveal(add({ kind: "ticket", text: t("handoff_done"), ticketId, secret }));
            panel.input.focus({ preventScroll: true });
            return null;
          },
        }),
      );
    },
    lookup(): void {
      open(
        lookupForm(store.tickets(), {
          cancel,
          async lookup(ticketId, secret) {
            const result = await api.ticket(ticketId, secret);
            if (!result.ok) return t("lookup_not_found");
            const view = result.value;
            rememberTicket(store, { ticketId, secret, answered: Boolean(view.answer) });
            close();
            if (!deliver(view)) {
              const status = `工单 ${ticketId}：${statusText(view.status)}。${t(view.answer ? "lookup_shown" : "staff_pending")}`;
              reveal(show(notice(status)));
            }
            return null;
          },
        }),
      );
    },
  };
}
