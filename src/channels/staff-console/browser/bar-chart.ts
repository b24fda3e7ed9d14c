/**
 * Simple accessible charts: a horizontal bar chart that is a real table (caption, row headers,
 * numbers as text) with the bars drawn as divs, and a percentage gauge with an aria-label.
 */
import { el } from "./dom.js";

export interface Bar {
  label: string;
  value: number;
}

/** A table with one row per bar: the label, a bar proportional to the largest value, the number. */
export function barChart(caption: string, bars: readonly Bar[], unit = "条"): HTMLElement {
  const figure = el("figure", "chart");
  const table = el("table", "bars");
  table.append(el("caption", "", caption));
  const head = el("thead");
  const headRow = el("tr");
  for (const text of ["项目", "分布", "数量"]) {
    const th = el("th", "", text);
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  const body = el("tbody");
  const max = Math.max(1, ...bars.map((b) => b.value));
  for (const bar of bars) {
    const row = el("tr");
    const name = el("th", "", bar.label);
    name.scope = "row";
    const track = el("td", "track");
    const fill = el("div", "bar");
    fill.setAttribute("aria-hidden", "true"); // the number next to it says the same
    fill.style.width = `${Math.max(2, (bar.value / max) * 100)}%`;
    track.append(fill);
    row.append(name, track, el("td", "num", `${bar.value} ${unit}`));
    body.append(row);
  }
  if (bars.length === 0) {
    const row = el("tr");
    const cell = el("td", "", "暂无数据");
    cell.colSpan = 3;
    row.append(cell);
    body.append(row);
  }
  table.append(head, body);
  figure.append(table);
  return figure;
}

/** A percentage as a large number with a filled track; the whole is one image with an aria-label. */
export function gauge(title: string, rate: number | null, text: string): HTMLElement {
  const box = el("div", "gauge");
  box.setAttribute("role", "img");
  box.setAttribute("aria-label", `${title}：${text}`);
  const track = el("div", "gauge-track");
  const fill = el("div", "gauge-fill");
  fill.style.width = `${Math.round(Math.min(1, Math.max(0, rate ?? 0)) * 100)}%`;
  track.append(fill);
  box.append(el("span", "gauge-title", title), el("span", "gauge-value", text), track);
  return box;
}

/** Record → bars, largest first, labelled with `name`; `sortByKey` keeps key order instead (days). */
export function toBars(counts: Readonly<Record<string, number>>, name: (key: string) => string, sortByKey = false): Bar[] {
  const entries = Object.entries(counts);
  entries.sort(sortByKey ? (a, b) => a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.map(([key, value]) => ({ label: name(key), value }));
}
