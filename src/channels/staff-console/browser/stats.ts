/**
 * The statistics view: key figures (total, resolution rate, median time to answer, helpful rate)
 * and bar charts by topic, by status, by channel and by day (the last 14 days with tickets).
 */
import type { StaffApi } from "./api.js";
import { barChart, gauge, toBars } from "./bar-chart.js";
import { alertRegion, button, el, section, statusRegion } from "./dom.js";
import { CHANNEL_LABELS, STATUS_LABELS, TOPIC_LABELS, label, percent } from "./labels.js";
import type { Stats } from "./types.js";

export interface StatsView {
  root: HTMLElement;
  refresh(): Promise<void>;
}

const DAYS_SHOWN = 14;

function render(stats: Stats): HTMLElement[] {
  const figures = el("div", "figures");
  figures.append(
    gauge("解决率", stats.resolutionRate, percent(stats.resolutionRate)),
    gauge("有帮助率", stats.helpfulRate, stats.helpfulRate === null ? "暂无评价" : `${percent(stats.helpfulRate)}（${stats.ratings} 次评价）`),
  );
  const numbers = el("p", "summary");
  const median = stats.medianMinutesToAnswer === null ? "暂无" : `${stats.medianMinutesToAnswer} 分钟`;
  numbers.textContent = `工单总数 ${stats.total} 条 · 答复用时中位数 ${median}`;
  const days = Object.fromEntries(Object.entries(stats.byDay).sort(([a], [b]) => a.localeCompare(b)).slice(-DAYS_SHOWN));
  const charts = el("div", "charts");
  charts.append(
    barChart("按主题", toBars(stats.byTopic, (k) => label(TOPIC_LABELS, k))),
    barChart(`按日期（最近 ${DAYS_SHOWN} 天）`, toBars(days, (k) => k, true)),
    barChart("按状态", toBars(stats.byStatus, (k) => label(STATUS_LABELS, k))),
    barChart("按渠道", toBars(stats.byChannel, (k) => label(CHANNEL_LABELS, k))),
  );
  return [numbers, figures, charts];
}

export function createStatsView(api: StaffApi): StatsView {
  const { root } = section("stats", "统计");
  const status = statusRegion();
  const error = alertRegion();
  const body = el("div", "stats-body");
  const reload = button("刷新统计", () => void refresh());
  root.append(reload, status, error, body);

  async function refresh(): Promise<void> {
    status.textContent = "正在加载统计…";
    const result = await api.stats();
    if (!result.ok) {
      status.textContent = "";
      error.textContent = result.message;
      return;
    }
    error.textContent = "";
    body.replaceChildren(...render(result.value));
    status.textContent = `统计已更新：共 ${result.value.total} 条工单`;
  }
  return { root, refresh };
}
