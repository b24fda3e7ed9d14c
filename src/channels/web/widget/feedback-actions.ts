/**
 * Under each answer: 有帮助, 没帮助 and 复制 (which copies the answer with its 来源 line). 没帮助 first
 * asks whether staff should look at the question; with a yes the ticket number and 查询码 appear here.
 */
import { button, copyText, el, ticketBox } from "./dom.js";
import type { BotEntry, RenderHandlers } from "./render.js";
import { t } from "./texts.js";
import type { Feedback } from "./types.js";

export function feedbackButtons(entry: BotEntry, handlers: RenderHandlers): HTMLElement {
  const actions = el("div", "actions");
  const note = el("p", "note");
  note.setAttribute("role", "status");
  const up = button("有帮助", () => void choose("up", true), { icon: "up" });
  const down = button("没帮助", () => offer(), { icon: "down" });
  const copy = button("复制", () => void copyText(entry.reply.answer).then((ok) => (note.textContent = ok ? "已复制回答和来源。" : "复制失败，请手动选择文字复制。")), { icon: "copy", label: "复制回答" });
  const offerBox = el("div", "offer");
  const show = (value: Feedback | undefined) => {
    up.setAttribute("aria-pressed", String(value === "up"));
    down.setAttribute("aria-pressed", String(value === "down"));
  };
  async function choose(value: Feedback, handoff: boolean): Promise<void> {
    const before = entry.feedback;
    show(value);
    note.textContent = "";
    offerBox.replaceChildren();
    const outcome = await handlers.feedback(entry, value, handoff);
    if (outcome.error) show(before);
    if (outcome.ticket) {
      offerBox.append(el("p", "", t("handoff_done")), ticketBox(outcome.ticket.ticketId, outcome.ticket.secret));
      offerBox.scrollIntoView({ block: "nearest" });
      return;
    }
    note.textContent = outcome.error ?? (value === "down" ? t("downvote_declined") : "感谢您的反馈！");
  }
  /** 👎 first asks whether staff should look at the question. */
  function offer(): void {
    note.textContent = "";
    const yes = button("交给工作人员", () => void choose("down", true), { icon: "staff", className: "primary" });
    offerBox.replaceChildren(el("p", "", t("downvote_offer")), yes, button("不用了", () => void choose("down", false)));
    yes.focus();
  }
  show(entry.feedback);
  actions.append(up, down, copy);
  const wrap = el("div");
  wrap.append(actions, offerBox, note);
  return wrap;
}
