/**
 * The first message: what the widget is (an automated assistant), that its answers are for reference
 * with 12345 as the human route, and a one-line privacy notice — all before the first question.
 */
import { el } from "./dom.js";
import { t } from "./texts.js";

export function welcome(): HTMLElement {
  const node = el("div", "msg notice welcome");
  node.append(el("p", "", t("welcome")), el("p", "", t("disclaimer")), el("p", "privacy", t("privacy")));
  return node;
}
