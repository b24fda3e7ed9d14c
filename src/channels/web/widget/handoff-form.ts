/**
 * 转人工 with consent: a small form in the log — what the person needs (prefilled with the last question,
 * editable), an optional phone number, and consent to being called, which is required only with a number.
 */
import type { Handoff } from "./api.js";
import { button, el, field } from "./dom.js";
import { t } from "./texts.js";

/** What the server accepts as a phone number. */
const PHONE = /^[0-9+\- ]{5,20}$/;

export interface HandoffFormEvents {
  /** Resolves to an error message, or null once the ticket is open (the form then goes away). */
  submit(request: Omit<Handoff, "sessionId">): Promise<string | null>;
  cancel(): void;
}

export function handoffForm(need: string, events: HandoffFormEvents): HTMLFormElement {
  const form = el("form", "msg sheet");
  form.setAttribute("aria-label", "转人工");
  const heading = el("h3", "", "转人工");
  const intro = el("p", "", t("handoff_intro"));
  const needBox = el("textarea");
  needBox.value = need;
  needBox.rows = 3;
  needBox.maxLength = 500;
  needBox.required = true;
  const phone = el("input");
  phone.type = "tel";
  phone.autocomplete = "tel";
  phone.inputMode = "tel";
  phone.maxLength = 20;
  const consent = el("input");
  consent.type = "checkbox";
  consent.id = "zhice-consent";
  const consentLabel = el("label", "check", "");
  consentLabel.append(consent, t("handoff_consent"));
  const error = el("p", "form-error");
  error.setAttribute("role", "alert");
  const submit = el("button", "primary", "提交给工作人员");
  submit.type = "submit";
  const row = el("div", "actions");
  row.append(submit, button("取消", () => events.cancel()));
  form.append(heading, intro, field("zhice-need", t("handoff_need"), needBox), field("zhice-phone", t("handoff_phone"), phone), consentLabel, error, row);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const message = needBox.value.trim();
    const number = phone.value.trim();
    const problem = !message
      ? t("handoff_need_missing")
      : number && !PHONE.test(number) ? "联系电话格式不对，请只填数字。"
      : number && !consent.checked ? t("handoff_consent_missing")
      : "";
    error.textContent = problem;
    if (problem) {
      (!message ? needBox : number && !PHONE.test(number) ? phone : consent).focus();
      return;
    }
    submit.disabled = true;
    void events.submit({ message, consent: consent.checked, ...(number ? { phone: number } : {}) }).then((failed) => {
      submit.disabled = false;
      if (failed) error.textContent = failed;
    });
  });
  return form;
}
