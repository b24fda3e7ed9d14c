/**
 * One citation as a disclosure: document and section in the summary; issuer, 文号, 施行日期, the article
 * (`basis`) and a 查看原文 link inside. Opening it the first time replaces the short snippet with the
 * whole section, fetched from the server.
 */
import type { PassageText } from "./api.js";
import { el } from "./dom.js";
import type { Citation } from "./types.js";

/** Fields newer servers add to a citation. */
type RichCitation = Citation & { basis?: string; effective?: string };

export type LoadPassage = (docId: string, section: string) => Promise<PassageText | null>;

function link(url: string | undefined): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const node = el("a", "source-link", "查看原文");
  node.href = url;
  node.target = "_blank";
  node.rel = "noopener noreferrer";
  node.setAttribute("aria-label", "查看原文（在新窗口打开）");
  return node;
}

export function renderCitation(source: RichCitation, loadPassage: LoadPassage): HTMLElement {
  const details = el("details");
  details.append(el("summary", "", source.section ? `${source.title} · ${source.section}` : source.title));
  const list = el("dl");
  const rows = new Map<string, HTMLElement>();
  const row = (term: string, value: string | undefined) => {
    if (!value || rows.has(term)) return;
    const dd = el("dd", "", value);
    rows.set(term, dd);
    list.append(el("dt", "", term), dd);
  };
  row("条款", source.basis);
  row("发布机关", source.issuer);
  row("文号", source.docNo);
  row("施行日期", source.effective);
  const quote = el("blockquote", "", source.snippet);
  details.append(list);
  if (source.snippet) details.append(quote);
  const anchor = link(source.url);
  if (anchor) details.append(anchor);

  let loaded = false;
  details.addEventListener("toggle", () => {
    if (!details.open || loaded || !source.docId) return;
    loaded = true;
    void loadPassage(source.docId, source.section).then((passage) => {
      if (!passage) return;
      quote.textContent = passage.body;
      if (!quote.isConnected) details.insertBefore(quote, anchor);
      row("施行日期", passage.effective);
      if (passage.source && passage.source !== source.title) row("文件全称", `《${passage.source}》`);
    });
  });
  return details;
}
