/**
 * The console's HTTP client for /api/search and /api/staff. Every call sends the Bearer token and
 * resolves to a result with a readable Chinese message — it never throws.
 */
import { serverMessage } from "../../web/widget/api.js";
import type { AnswerBody, GapReport, GroupRef, SearchResponse, Stats, TicketDetail, TicketFilter, TicketPage, TicketSummary } from "./types.js";

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export const MESSAGES = {
  unauthorized: "令牌错误：请检查工作人员令牌后重新登录。",
  disabled: "工作人员接口未启用。",
  network: "网络连接失败，请检查网络后重试。",
  aborted: "请求已取消。",
  http: (status: number) => `服务暂时不可用（错误 ${status}），请稍后再试。`,
} as const;

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface StaffApiOptions {
  /** Base URL of the 知策 server without a trailing slash ("" for the same origin). */
  base: string;
  /** The signed-in staff member's token, read at each call. */
  token: () => string | null;
  fetch?: Fetch;
}

/** The message shown for a failed response: 401 is always 令牌错误; otherwise the server's own words. */
export function errorMessage(status: number, body: unknown): string {
  if (status === 401) return MESSAGES.unauthorized;
  const message = serverMessage(body);
  if (status === 503) return message ?? MESSAGES.disabled;
  return message ?? MESSAGES.http(status);
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  return search.toString();
}

export function createStaffApi(options: StaffApiOptions) {
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: "GET" | "POST", path: string, payload?: object, signal?: AbortSignal, token = options.token()): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload) headers["content-type"] = "application/json";
    try {
      const res = await doFetch(options.base + path, {
        method,
        headers,
        ...(payload ? { body: JSON.stringify(payload) } : {}),
        ...(signal ? { signal } : {}),
      });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) return { ok: false, status: res.status, message: errorMessage(res.status, body) };
      return { ok: true, value: body as T };
    } catch {
      return { ok: false, status: 0, message: signal?.aborted ? MESSAGES.aborted : MESSAGES.network };
    }
  }

  const ticketPath = (id: string) => `/api/staff/tickets/${encodeURIComponent(id)}`;
  return {
    /** Checks a token before it is stored: {name} when the server knows it. */
    me: (token: string) => call<{ name: string }>("GET", "/api/staff/me", undefined, undefined, token),
    search: (q: string, k: number, signal?: AbortSignal) => call<SearchResponse>("GET", `/api/search?${query({ q, k })}`, undefined, signal),
    tickets: (filter: TicketFilter) => call<TicketPage>("GET", `/api/staff/tickets?${query({ ...filter })}`),
    ticket: (id: string) => call<TicketDetail>("GET", ticketPath(id)),
    act: (id: string, action: "claim" | "close" | "reopen") => call<TicketSummary>("POST", `${ticketPath(id)}/${action}`, {}),
    answer: (id: string, body: AnswerBody) => call<TicketSummary>("POST", `${ticketPath(id)}/answer`, body),
    stats: () => call<Stats>("GET", "/api/staff/stats"),
    gaps: (from: string, to: string) => call<GapReport>("GET", `/api/staff/gaps?${query({ from, to })}`),
    gapFaq: (body: { group: GroupRef; question?: string; answer: string; topic: string }) => call<{ faqId: string }>("POST", "/api/staff/gaps/faq", body),
    gapReview: (body: { group: GroupRef; docId: string; section?: string; note?: string }) => call<{ reviewId: number }>("POST", "/api/staff/gaps/review", body),
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;
