import type { TransparencyTexts } from "./texts.js";
import type { TransparencyReport } from "./transparency-service.js";

/** Periods offered as links (days). */
export const PERIODS = [7, 30, 90] as const;

const escapeHtml = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Colours meet WCAG AA (4.5:1) on white: #1f2329 text, #0b57a4 links and headings; elder mode is black on white. */
const STYLE = `
:root { --fs: 17px; --fg: #1f2329; --muted: #4e5969; --brand: #0b57a4; --line: #c9d2de; --soft: #eef3fb; }
html.elder { --fs: 24px; --fg: #000; --muted: #000; --brand: #002f6c; --line: #000; --soft: #fff; }
* { box-sizing: border-box; }
html { font-size: var(--fs); }
body { margin: 0; font: 1rem/1.7 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--fg); background: #fff; }
a { color: var(--brand); }
a:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; box-shadow: 0 0 0 5px #000; }
.skip { position: absolute; left: 8px; top: -100px; background: #fff; padding: 8px 12px; }
.skip:focus { top: 8px; }
header, main, footer { max-width: 960px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; border-bottom: 2px solid var(--brand); }
h1 { color: var(--brand); font-size: 1.6rem; margin: 0 0 8px; }
h2 { color: var(--brand); font-size: 1.25rem; margin: 28px 0 8px; }
nav ul { display: flex; flex-wrap: wrap; gap: 8px 20px; list-style: none; padding: 0; margin: 8px 0 12px; }
nav a { display: inline-block; min-height: 44px; line-height: 44px; font-weight: 600; }
nav a[aria-current="page"] { color: var(--fg); text-decoration: none; border-bottom: 3px solid var(--brand); }
dl.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(10em, 1fr)); gap: 12px; margin: 0; }
dl.totals div { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--soft); }
dl.totals dt { color: var(--muted); } dl.totals dd { margin: 0; font-size: 1.5em; font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
caption { text-align: left; font-weight: 700; padding: 4px 0; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; }
.note { color: var(--muted); }
footer { margin-top: 32px; padding-bottom: 32px; color: var(--muted); font-size: .92em; }
@media print {
  html, html.elder { --fs: 11pt; --fg: #000; --muted: #000; --brand: #000; --line: #000; --soft: #fff; }
  nav, .skip { display: none; }
  a { color: #000; text-decoration: none; }
  h2 { break-after: avoid; } table, tr { break-inside: avoid; }
  header, main, footer { max-width: none; padding: 0; }
}`;

function table(caption: string, columns: readonly { label: string; num?: boolean }[], rows: readonly (readonly (string | number)[])[]): string {
  const head = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ""}>${escapeHtml(c.label)}</th>`).join("");
  const body = rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r[0]!)}</th>${r.slice(1).map((v, i) => `<td${columns[i + 1]?.num ? ' class="num"' : ""}>${escapeHtml(v)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The public page: server-rendered, no script, readable without styles, printable. */
export function renderTransparencyPage(report: TransparencyReport, texts: TransparencyTexts, options: { elder: boolean }): string {
  const { t } = texts;
  const values = { days: report.days, minSessions: report.minSessions };
  const link = (days: number, elder: boolean) => `/transparency?days=${days}${elder ? "&amp;elder=1" : ""}`;
  const periods = PERIODS.map((d) => `<li><a href="${link(d, options.elder)}"${d === report.days ? ' aria-current="page"' : ""}>${escapeHtml(t("days_option", { days: d }))}</a></li>`).join("");
  const elderLink = `<li><a href="${link(report.days, !options.elder)}" title="${escapeHtml(t("elder_hint"))}">${escapeHtml(options.elder ? t("elder_off") : t("elder_on"))}</a></li>`;
  const totals = [
    [t("answered"), report.totals.answered], [t("escalated"), report.totals.escalated], [t("tickets"), report.totals.tickets], [t("resolved"), report.totals.resolved],
    [t("median"), report.medianHoursToStaffAnswer === null ? t("median_none") : t("hours", { hours: report.medianHoursToStaffAnswer })],
  ].map(([term, value]) => `<div><dt>${escapeHtml(term!)}</dt><dd>${escapeHtml(value!)}</dd></div>`).join("");
  const topics = table(
    t("by_topic_caption", values),
    [{ label: t("topic_column") }, { label: t("answered"), num: true }, { label: t("escalated"), num: true }, { label: t("resolved"), num: true }],
    report.byTopic.map((r) => [texts.topic(r.topic), r.answered, r.escalated, r.resolved]),
  );
  const top = report.topQuestions.length
    ? table(t("top_caption", values), [{ label: t("question_column") }, { label: t("sessions_column"), num: true }, { label: t("topic_column") }],
        report.topQuestions.map((q) => [q.question, q.sessions, texts.topic(q.topic)]))
    : `<p>${escapeHtml(t("top_none"))}</p>`;
  const updates = report.updates.length
    ? table(t("updates_caption", values), [{ label: t("document_column") }, { label: t("date_column") }, { label: t("change_column") }, { label: t("topic_column") }],
        report.updates.map((u) => [u.title, u.date, u.change === "effective" ? t("change_effective") : t("change_reviewed"), texts.topic(u.topic)]))
    : `<p>${escapeHtml(t("updates_none"))}</p>`;
  return `<!doctype html>
<html lang="zh-CN"${options.elder ? ' class="elder"' : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(t("title"))}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t("skip"))}</a>
<header>
<h1>${escapeHtml(t("title"))}</h1>
<p>${escapeHtml(t("intro", values))}</p>
<p>${escapeHtml(t("period_label"))}：${escapeHtml(report.from)} 至 ${escapeHtml(report.to)}</p>
<nav aria-label="${escapeHtml(t("period_links"))}"><ul>${periods}${elderLink}</ul></nav>
</header>
<main id="main" tabindex="-1">
<section aria-labelledby="summary"><h2 id="summary">${escapeHtml(t("summary_heading"))}</h2><dl class="totals">${totals}</dl></section>
<section aria-labelledby="topics"><h2 id="topics">${escapeHtml(t("by_topic_heading"))}</h2>${topics}</section>
<section aria-labelledby="top"><h2 id="top">${escapeHtml(t("top_heading"))}</h2><p class="note">${escapeHtml(t("top_note", values))}</p>${top}</section>
<section aria-labelledby="updates"><h2 id="updates">${escapeHtml(t("updates_heading"))}</h2>${updates}</section>
</main>
<footer><p>${escapeHtml(t("footer", { date: report.generatedAt.slice(0, 16).replace("T", " ") + " UTC" }))}</p></footer>
</body>
</html>`;
}
