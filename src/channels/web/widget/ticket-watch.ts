/**
 * Brings staff answers to the widget: checks the session's tickets (and, by number and 查询码, the
 * tickets of earlier sessions this browser opened) when the widget starts, when it is opened, and every
 * `intervalMs` while it is open and the tab is visible. Each answer is handed over until it is shown.
 */
import type { Api } from "./api.js";
import type { KnownTicket, Store } from "./store.js";
import type { TicketView } from "./types.js";

export interface TicketWatchOptions {
  api: Api;
  store: Store;
  /** Shows an answered ticket; returns false when it was already in the log. */
  deliver(view: TicketView): boolean;
  /** Whether the panel is open (polling pauses while it is closed). */
  isOpen(): boolean;
  intervalMs?: number;
}

export function rememberTicket(store: Store, ticket: KnownTicket): void {
  const others = store.tickets().filter((known) => known.ticketId !== ticket.ticketId);
  store.setTickets([...others, ticket]);
}

export function createTicketWatch({ api, store, deliver, isOpen, intervalMs = 20_000 }: TicketWatchOptions) {
  let running = false;

  function settle(view: TicketView): void {
    if (view.secret) rememberTicket(store, { ticketId: view.ticketId, secret: view.secret, answered: Boolean(view.answer) });
    if (view.answer) deliver(view);
  }

  async function check(): Promise<void> {
    if (running) return;
    running = true;
    try {
      const sessionId = store.sessionId();
      const seen = new Set<string>();
      if (sessionId) {
        const own = await api.sessionTickets(sessionId);
        for (const view of own.ok ? own.value : []) {
          seen.add(view.ticketId);
          settle(view);
        }
      }
      // Tickets of an earlier session (before 清空对话) that have no answer yet.
      for (const known of store.tickets().filter((k) => !k.answered && !seen.has(k.ticketId))) {
        const result = await api.ticket(known.ticketId, known.secret);
        if (result.ok) settle({ ...result.value, secret: known.secret });
      }
    } finally {
      running = false;
    }
  }

  const timer = setInterval(() => {
    if (isOpen() && document.visibilityState !== "hidden") void check();
  }, intervalMs);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && isOpen()) void check();
  });
  return { check, stop: () => clearInterval(timer) };
}
