/**
 * The search box at the top of the console, for use during a call: the top passages appear as the
 * operator types (debounced), an older request is cancelled by a newer one, Enter searches at once.
 */
import type { StaffApi } from "./api.js";
import { el, field, section, statusRegion } from "./dom.js";
import { renderResults, type ResultHandlers } from "./search-results.js";

export const SEARCH_DEBOUNCE_MS = 100;
export const SEARCH_RESULTS = 5;

export interface SearchView {
  root: HTMLElement;
  input: HTMLInputElement;
  clear(): void;
}

export function createSearchView(api: StaffApi, handlers: ResultHandlers): SearchView {
  const { root } = section("search", "政策检索");
  const form = el("form", "search-form");
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "政策检索");
  const input = el("input");
  input.type = "search";
  input.id = "search-input";
  input.autocomplete = "off";
  input.maxLength = 500;
  input.placeholder = "输入来电问题的关键词，例如：外省住院结算";
  form.append(field("检索政策（边输入边显示结果）", input));
  const status = statusRegion();
  const list = el("ol", "results");
  list.setAttribute("aria-label", "检索结果");
  root.append(form, status, list);

  let timer: number | undefined;
  let controller: AbortController | null = null;
  let sequence = 0;

  async function run(): Promise<void> {
    window.clearTimeout(timer);
    const q = input.value.trim();
    controller?.abort();
    const mine = ++sequence;
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    controller = new AbortController();
    status.textContent = "正在检索…";
    const result = await api.search(q, SEARCH_RESULTS, controller.signal);
    if (mine !== sequence) return; // a newer query is on its way
    if (!result.ok) {
      status.textContent = result.message;
      return;
    }
    const count = renderResults(list, result.value, handlers);
    status.textContent = count ? `找到 ${count} 条相关政策` : "没有找到相关政策，请换个说法试试。";
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  return {
    root,
    input,
    clear() {
      input.value = "";
      void run();
    },
  };
}
