/**
 * 查询工单: the tickets this browser opened (one tap each), or any ticket by its number and 查询码.
 * Shows the status, and the staff answer once there is one.
 */
import { button, el, field } from "./dom.js";
import type { KnownTicket } from "./store.js";
import { t } from "./texts.js";

export interface LookupEvents {
  /** Looks a ticket up and shows the result in the log; resolves to an error message or null. */
  lookup(ticketId: string, secret: string): Promise<string | null>;
  cancel(): void;
}

export function lookupForm(known: readonly KnownTicket[], events: LookupEvents): HTMLFormElement {
  const form = el("form", "msg sheet");
  form.setAttribute("aria-label", "查询工单");
  const error = el("p", "form-error");
  error.setAttribute("role", "alert");
  const run = async (ticketId: string, secret: string) => {
    error.textContent = (await events.lookup(ticketId, secret)) ?? "";
  };
  form.append(el("h3", "", "查询工单"), el("p", "", t("lookup_intro")));
  if (known.length > 0) {
    const mine = el("div", "chips");
    mine.setAttribute("role", "group");
    mine.setAttribute("aria-label", "本浏览器提交的工单");
    for (const ticket of [...known].reverse()) mine.append(button(ticket.ticketId, () => void run(ticket.ticketId, ticket.secret)));
    form.append(mine);
  } else {
    form.append(el("p", "hint", t("lookup_empty")));
  }
  const number = el("input");
  number.autocomplete = "off";
  number.maxLength = 40;
  const secret = el("input");
  secret.autocomplete = "off";
  secret.maxLength = 40;
  const submit = el("button", "primary", "查询");
  submit.type = "submit";
  const row = el("div", "actions");
  row.append(submit, button("关闭查询", () => events.cancel()));
  form.append(field("zhice-ticket-no", "工单号", number), field("zhice-ticket-secret", "查询码", secret), error, row);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [id, code] = [number.value.trim().toUpperCase(), secret.value.trim().toUpperCase()];
    if (!id || !code) {
      error.textContent = "请填写工单号和查询码。";
      (id ? secret : number).focus();
      return;
    }
    void run(id, code);
  });
  return form;
}
