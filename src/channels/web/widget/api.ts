/** The widget's HTTP client: every call resolves to a result with a readable Chinese message, never throws. */
import { parseChatReply, type ChatReply } from "./types.js";

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export const MESSAGES = {
  network: "网络连接失败，请检查网络后重试。",
  timeout: "请求超时，请稍后再试。",
  badReply: "服务返回的内容无法识别，请稍后再试。",
  http: (status: number) => `服务暂时不可用（错误 ${status}），请稍后再试，或拨打12345政务服务便民热线。`,
  feedback: "反馈暂时无法提交，请稍后再试。",
  escalate: "转人工服务暂时不可用，请稍后再试，或拨打12345政务服务便民热线。",
} as const;

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  /** Base URL of the 知策 server, without a trailing slash ("" for the same origin). */
  base: string;
  fetch?: Fetch;
  timeoutMs?: number;
}

export interface Api {
  chat(message: string, sessionId: string | null): Promise<Result<ChatReply>>;
  feedback(sessionId: string, answerId: string, helpful: boolean): Promise<Result<true>>;
  escalate(sessionId: string, message: string): Promise<Result<{ ticketId: string; message: string }>>;
}

/** The server's {error: {message}} when the body has one. */
export function serverMessage(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const error = (body as { error?: { message?: unknown } }).error;
  return typeof error?.message === "string" && error.message ? error.message : null;
}

export function createApi(options: ApiOptions): Api {
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function post(path: string, payload: object): Promise<Result<unknown>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await doFetch(options.base + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) return { ok: false, message: serverMessage(body) ?? MESSAGES.http(res.status) };
      return { ok: true, value: body };
    } catch {
      return { ok: false, message: controller.signal.aborted ? MESSAGES.timeout : MESSAGES.network };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async chat(message, sessionId) {
      const result = await post("/api/chat", { message, channel: "web", ...(sessionId ? { sessionId } : {}) });
      if (!result.ok) return result;
      const reply = parseChatReply(result.value);
      return reply ? { ok: true, value: reply } : { ok: false, message: MESSAGES.badReply };
    },
    async feedback(sessionId, answerId, helpful) {
      const result = await post("/api/feedback", { sessionId, answerId, helpful });
      return result.ok ? { ok: true, value: true } : { ok: false, message: MESSAGES.feedback };
    },
    async escalate(sessionId, message) {
      const result = await post("/api/escalate", { sessionId, message });
      const body = (result.ok ? result.value : null) as { ticketId?: unknown; message?: unknown } | null;
      if (typeof body?.ticketId !== "string" || !body.ticketId) return { ok: false, message: MESSAGES.escalate };
      const text = typeof body.message === "string" && body.message ? body.message : "已为您转人工处理。";
      return { ok: true, value: { ticketId: body.ticketId, message: text } };
    },
  };
}
