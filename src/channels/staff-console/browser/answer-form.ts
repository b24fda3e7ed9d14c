/**
 * The answer form of a claimed ticket. "发布为常见问答" reveals the FAQ fields: the question as it
 * should read, extra phrasings (one per line) and the topic.
 */
import { alertRegion, el, field, select, uid } from "./dom.js";
import { TOPIC_LABELS } from "./labels.js";
import type { AnswerBody } from "./types.js";

export interface AnswerFormValues {
  answer: string;
  publish: boolean;
  question: string;
  /** One phrasing per line. */
  phrasings: string;
  topic: string;
}

/** The request body for POST …/answer: empty FAQ fields are left out, phrasings split by line. */
export function answerBody(values: AnswerFormValues): AnswerBody {
  const body: AnswerBody = { answer: values.answer.trim() };
  if (!values.publish) return body;
  const question = values.question.trim();
  const phrasings = values.phrasings.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  body.publishFaq = { phrasings, ...(question ? { question } : {}), ...(values.topic ? { topic: values.topic } : {}) };
  return body;
}

/**
 * `submit` sends the body and resolves to an error message (shown in the form) or null on success.
 * `topic` preselects the ticket's topic for the FAQ.
 */
export function createAnswerForm(topic: string | null, submit: (body: AnswerBody) => Promise<string | null>): HTMLFormElement {
  const form = el("form", "answer-form");
  form.setAttribute("aria-label", "答复工单");
  const answer = el("textarea");
  answer.rows = 5;
  answer.maxLength = 2000;
  answer.required = true;
  const publish = el("input");
  publish.type = "checkbox";
  publish.id = uid("publish");
  const publishLabel = el("label", "check", "");
  publishLabel.append(publish, document.createTextNode(" 发布为常见问答"));

  const faq = el("fieldset", "faq");
  faq.id = uid("faq");
  faq.hidden = true;
  faq.append(el("legend", "", "常见问答内容"));
  publish.setAttribute("aria-controls", faq.id);
  publish.setAttribute("aria-expanded", "false");
  const question = el("input");
  question.type = "text";
  question.maxLength = 200;
  const phrasings = el("textarea");
  phrasings.rows = 3;
  const topicSelect = select(TOPIC_LABELS, "按工单主题");
  if (topic && topic in TOPIC_LABELS) topicSelect.value = topic;
  faq.append(
    field("标准问题（留空则使用工单问题，个人信息已遮盖）", question),
    field("其他问法（每行一个）", phrasings, "例如：报销单被退回怎么办"),
    field("所属主题", topicSelect),
  );
  publish.addEventListener("change", () => {
    faq.hidden = !publish.checked;
    publish.setAttribute("aria-expanded", String(publish.checked));
  });

  const error = alertRegion();
  const send = el("button", "primary", "提交答复");
  send.type = "submit";
  form.append(field("答复内容（将发送给来电/留言群众）", answer), publishLabel, faq, error, send);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (answer.value.trim().length < 2) {
      error.textContent = "请填写答复内容。";
      answer.focus();
      return;
    }
    send.disabled = true;
    error.textContent = "";
    const body = answerBody({ answer: answer.value, publish: publish.checked, question: question.value, phrasings: phrasings.value, topic: topicSelect.value });
    void submit(body).then((message) => {
      send.disabled = false;
      if (message) error.textContent = message;
    });
  });
  return form;
}
