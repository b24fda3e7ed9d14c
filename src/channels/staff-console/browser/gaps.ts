/**
 * The 知识缺口 view: for a period, the questions the assistant could not answer well (escalated,
 * low-confidence, abandoned after a clarifying question, rated 没帮助), grouped by meaning, each with
 * what staff did about it and how such questions fared since; then the sections flagged for review.
 */
import type { StaffApi } from "./api.js";
import { alertRegion, button, el, facts, field, section, statusRegion } from "./dom.js";
import { faqForm, reviewForm } from "./gap-actions.js";
import { GAP_SIGNAL_LABELS, SECTION_FLAG_LABELS, TOPIC_LABELS, label, percent } from "./labels.js";
import type { GapGroup, GapReport, SectionSignal } from "./types.js";

export interface GapsView {
  root: HTMLElement;
  refresh(): Promise<void>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

function addressedLine(group: GapGroup): string | null {
  const a = group.addressed;
  if (!a) return null;
  const what = a.action === "faq" ? `已发布常见问答 ${a.faqId ?? ""}` : "已标记文档待复核";
  return `${what}（${a.by}，${when(a.at)}）；此后同类提问 ${a.after.asked} 次，自动回答 ${a.after.answered} 次`;
}

function groupItem(api: StaffApi, group: GapGroup, announce: (text: string) => void, reload: () => void): HTMLElement {
  const item = el("li", "result gap");
  item.append(el("h3", "", group.question));
  const signals = Object.entries(group.signals).filter(([, n]) => n > 0).map(([k, n]) => `${label(GAP_SIGNAL_LABELS, k)} ${n}`).join("、");
  item.append(facts([
    ["次数", `${group.count} 次（${group.sessions} 位提问者）`],
    ["主题", label(TOPIC_LABELS, group.topic)],
    ["原因", signals],
    ["相关条目", group.section ? `《${group.section.title}》· ${group.section.section}` : "无"],
    ["工单", group.ticketIds.join("、")],
    ["处理情况", addressedLine(group) ?? "未处理"],
  ]));
  const examples = el("ul", "examples");
  examples.setAttribute("aria-label", "提问示例");
  for (const q of group.examples) examples.append(el("li", "", q));
  item.append(examples);
  const slot = el("div", "gap-form");
  const done = (message: string) => {
    announce(message);
    reload();
  };
  const actions = el("div", "actions");
  const draft = button("起草常见问答", () => open(faqForm(api, group, done), draft));
  actions.append(draft);
  if (group.section) {
    const review = button("标记文档待复核", () => open(reviewForm(api, group, done), review));
    actions.append(review);
  }
  function open(form: HTMLFormElement, opener: HTMLButtonElement): void {
    slot.replaceChildren(form);
    for (const b of actions.querySelectorAll("button")) b.setAttribute("aria-expanded", String(b === opener));
    form.querySelector<HTMLElement>("input, textarea")?.focus();
  }
  item.append(actions, slot);
  return item;
}

function sectionsTable(sections: readonly SectionSignal[]): HTMLElement {
  const table = el("table", "bars");
  table.append(el("caption", "", "需要复核的条目（没帮助或重复提问比例高）"));
  const head = el("tr");
  for (const h of ["条目", "引用", "有帮助", "没帮助", "之后转人工", "重复提问", "提示"]) {
    const th = el("th", "", h);
    th.scope = "col";
    head.append(th);
  }
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const s of sections) {
    const row = el("tr");
    const name = el("th", "", `《${s.title}》· ${s.section}`);
    name.scope = "row";
    const flags = s.flags.map((f) => label(SECTION_FLAG_LABELS, f)).join("、") + (s.underReview ? "（已标记复核）" : "");
    row.append(name, ...[s.cited, s.helpful, s.unhelpful, s.escalatedAfter, `${s.reAsked}（${percent(s.reAskRate)}）`, flags].map((v) => el("td", "", String(v))));
    table.tBodies[0]!.append(row);
  }
  return table;
}

export function createGapsView(api: StaffApi, options: { announce: (text: string) => void }): GapsView {
  const { root } = section("gaps", "知识缺口");
  const from = el("input");
  from.type = "date";
  from.value = day(new Date(Date.now() - 29 * 86_400_000));
  const to = el("input");
  to.type = "date";
  to.value = day(new Date());
  const filters = el("div", "filters");
  filters.append(field("开始日期", from), field("结束日期", to));
  const status = statusRegion();
  const error = alertRegion();
  const body = el("div", "gaps-body");
  root.append(el("p", "hint", "按相似问题分组：转人工、低把握回答、追问后放弃和评为没帮助的提问。"), filters, button("生成报告", () => void refresh()), status, error, body);

  function render(report: GapReport): void {
    const list = el("ol", "results");
    list.setAttribute("aria-label", "问题组");
    for (const g of report.groups) list.append(groupItem(api, g, options.announce, () => void refresh()));
    const flagged = report.sections.filter((s) => s.flags.length > 0);
    body.replaceChildren(
      el("h3", "", `问题组（${report.groups.length}）`),
      report.groups.length ? list : el("p", "hint", "这段时间没有未答好的提问。"),
      el("h3", "", `需要复核的条目（${flagged.length}）`),
      flagged.length ? sectionsTable(flagged) : el("p", "hint", "没有需要复核的条目。"),
    );
  }

  async function refresh(): Promise<void> {
    status.textContent = "正在生成知识缺口报告…";
    const result = await api.gaps(from.value, to.value);
    if (!result.ok) {
      status.textContent = "";
      error.textContent = result.message;
      return;
    }
    error.textContent = "";
    render(result.value);
    status.textContent = `报告已更新：${result.value.questions} 条提问，${result.value.groups.length} 个问题组`;
  }
  return { root, refresh };
}
