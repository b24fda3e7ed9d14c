/**
 * One search result as a compact card (three fit on a 1280×800 screen): title and section, the passage
 * with key terms in <mark> folded to two lines (展开全文), its source once (issuer, 文号, effective date;
 * the document's full name is in the copied 来源 line) and a 复制答复 button that copies a ready-to-read answer.
 */
import { copyText, readyAnswer } from "./clipboard.js";
import { button, el, facts } from "./dom.js";
import { highlighted } from "./highlight.js";
import { TOPIC_LABELS, label } from "./labels.js";
import type { SearchResponse, SearchResult } from "./types.js";

export interface ResultHandlers {
  /** Says something in the page's live region ("已复制"). */
  announce(text: string): void;
}

function sourceLink(url: string | undefined): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const link = el("a", "", "查看原文");
  link.href = url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

export function renderResult(result: SearchResult, terms: readonly string[], index: number, handlers: ResultHandlers): HTMLElement {
  const card = el("article", "result");
  const heading = el("h3");
  heading.id = `result-${index}`;
  heading.append(highlighted(result.section ? `${result.title} · ${result.section}` : result.title, terms));
  card.setAttribute("aria-labelledby", heading.id);
  const snippet = el("p", "snippet folded");
  snippet.id = `result-${index}-text`;
  snippet.append(highlighted(result.snippet, terms));
  const source = facts([
    ["发布机关", result.issuer],
    ["文号", result.docNo],
    ["施行日期", result.effective],
    ["主题", label(TOPIC_LABELS, result.topic)],
  ]);
  source.classList.add("inline");
  const actions = el("div", "actions");
  const copy = button("复制答复", () => void doCopy(), "primary");
  copy.setAttribute("aria-label", `复制答复：${result.title}${result.section ? ` · ${result.section}` : ""}`);
  async function doCopy(): Promise<void> {
    const copied = await copyText(readyAnswer(result));
    handlers.announce(copied ? "已复制" : "复制失败，请手动选择文字复制。");
    copy.textContent = copied ? "已复制" : "复制答复";
    if (copied) window.setTimeout(() => (copy.textContent = "复制答复"), 2000);
  }
  const more = button("展开全文", () => {
    const folded = snippet.classList.toggle("folded");
    more.textContent = folded ? "展开全文" : "收起";
    more.setAttribute("aria-expanded", String(!folded));
  });
  more.setAttribute("aria-expanded", "false");
  more.setAttribute("aria-controls", snippet.id);
  actions.append(copy, more);
  const link = sourceLink(result.url);
  if (link) actions.append(link);
  const footer = el("div", "result-footer");
  footer.append(source, actions);
  card.append(heading, snippet, footer);
  return card;
}

/** Replaces the list's content with the response's results; returns how many there were. */
export function renderResults(list: HTMLElement, response: SearchResponse, handlers: ResultHandlers): number {
  list.replaceChildren(
    ...response.results.map((result, index) => {
      const item = el("li");
      item.append(renderResult(result, response.terms, index, handlers));
      return item;
    }),
  );
  return response.results.length;
}
