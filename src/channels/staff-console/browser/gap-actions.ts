/**
 * The two things staff do from a knowledge-gap group: draft a FAQ (the publish-as-FAQ flow, the group's
 * phrasings as 常见问法) or mark the answered document for review. Each is a small form of its own.
 */
import type { StaffApi } from "./api.js";
import { alertRegion, el, field, select } from "./dom.js";
import { TOPIC_LABELS } from "./labels.js";
import type { GapGroup } from "./types.js";

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 2);

function submitButton(text: string): HTMLButtonElement {
  const send = el("button", "primary", text);
  send.type = "submit";
  return send;
}

/** 起草常见问答: question, phrasings and topic prefilled from the group; staff write the answer. */
export function faqForm(api: StaffApi, group: GapGroup, done: (message: string) => void): HTMLFormElement {
  const form = el("form", "gap-faq");
  form.setAttribute("aria-label", "起草常见问答");
  const question = el("input");
  question.type = "text";
  question.maxLength = 200;
  question.value = group.question;
  const phrasings = el("textarea");
  phrasings.rows = 4;
  phrasings.value = group.phrasings.join("\n");
  const topic = select(TOPIC_LABELS);
  if (group.topic && group.topic in TOPIC_LABELS) topic.value = group.topic;
  const answer = el("textarea");
  answer.rows = 4;
  answer.maxLength = 2000;
  answer.required = true;
  const error = alertRegion();
  const send = submitButton("发布常见问答");
  form.append(
    field("标准问题", question), field("常见问法（每行一个，已遮盖个人信息）", phrasings), field("所属主题", topic),
    field("答复内容（发布后同类提问将自动回答）", answer), error, send,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (answer.value.trim().length < 2) {
      error.textContent = "请填写答复内容。";
      answer.focus();
      return;
    }
    send.disabled = true;
    const body = { group: { question: group.question, phrasings: lines(phrasings.value) }, question: question.value.trim() || group.question, answer: answer.value.trim(), topic: topic.value };
    void api.gapFaq(body).then((result) => {
      send.disabled = false;
      if (result.ok) done(`已发布常见问答 ${result.value.faqId}`);
      else error.textContent = result.message;
    });
  });
  return form;
}

/** 标记文档待复核: the group's answered (or nearly answered) section, with an optional note. */
export function reviewForm(api: StaffApi, group: GapGroup, done: (message: string) => void): HTMLFormElement {
  const section = group.section!;
  const form = el("form", "gap-review");
  form.setAttribute("aria-label", "标记文档待复核");
  form.append(el("p", "hint", `文档：《${section.title}》· ${section.section}`));
  const note = el("input");
  note.type = "text";
  note.maxLength = 500;
  const error = alertRegion();
  const send = submitButton("标记待复核");
  form.append(field("复核说明（可选）", note, "例如：缺少物业费提取的规定"), error, send);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send.disabled = true;
    const body = { group: { question: group.question, phrasings: group.phrasings }, docId: section.docId, section: section.section, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
    void api.gapReview(body).then((result) => {
      send.disabled = false;
      if (result.ok) done(`已标记《${section.title}》待复核`);
      else error.textContent = result.message;
    });
  });
  return form;
}
