/** The widget's HTTP client: every call resolves to a result with a readable Chinese message, never throws. */
import { parseChatReply, parseTicketView, type ChatReply, type TicketView } from "./types.js";

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export const MESSAGES = {
  network: "网络连接失败，请检查网络后重试。",
  timeout: "请求超时，请稍后再试。",
  badReply: "服务返回的内容无法识别，请稍后再试。",
  http: (status: number) => `服务暂时不可用（错误 ${status}），请稍后再试，或拨打12345政务服务便民热线。`,
  feedback: "反馈暂时无法提交，请稍后再试。",
  escalate: "转人工服务暂时不可用，请稍后再试，或拨打12345政务服务便民热线。",
  lookup: "暂时查不到工单，请稍后再试。",
} as const;

/** A 转人工 request from the consent form. */
export interface Handoff {
  sessionId: string | null;
  message: string;
  phone?: string;
  consent: boolean;
}

export interface Handed {
  ticketId: string;
  secret: string;
  sessionId: string;
  message: string;
}

/** The whole cited section (GET /api/passage). */
export interface PassageText {
  body: string;
  effective?: string;
  source?: string;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  /** Base URL of the 知策 server, without a trailing slash ("" for the same origin). */
  base: string;
  fetch?: Fetch;
  timeoutMs?: number;
}

export interface Api {
  chat(message: string, sessionId: string | null): Promise<Result<ChatReply>>;
  /**
   * The same through POST /api/chat/stream: `onDraft` gets the answer written so far, then the checked
   * reply resolves (it replaces the draft). A server without streaming (404) is asked through chat().
   */
  chatStream(message: string, sessionId: string | null, onDraft: (text: string) => void): Promise<Result<ChatReply>>;
  /** `handoff: false` records 👎 without a ticket; otherwise 👎 opens one (its number and secret). */
  feedback(sessionId: string, answerId: string, helpful: boolean, handoff?: boolean): Promise<Result<{ ticketId?: string; secret?: string }>>;
  escalate(request: Handoff): Promise<Result<Handed>>;
  sessionTickets(sessionId: string): Promise<Result<TicketView[]>>;
  ticket(ticketId: string, secret: string): Promise<Result<TicketView>>;
  passage(docId: string, section: string): Promise<Result<PassageText>>;
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

  /** A POST with a JSON body, or a GET without one. */
  async function call(path: string, payload?: object): Promise<Result<unknown>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const init: RequestInit = payload
        ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) }
        : { method: "GET" };
      const res = await doFetch(options.base + path, { ...init, signal: controller.signal });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) return { ok: false, message: serverMessage(body) ?? MESSAGES.http(res.status) };
      return { ok: true, value: body };
    } catch {
      return { ok: false, message: controller.signal.aborted ? MESSAGES.timeout : MESSAGES.network };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Reads server-sent events until the `answer` (or `error`) event. */
  async function readEvents(body: ReadableStream<Uint8Array>, onDraft: (text: string) => void): Promise<Result<ChatReply>> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let draft = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { ok: false, message: MESSAGES.badReply };
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (\w+)/m.exec(block)?.[1];
        const data: unknown = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null");
        const text = (data as { text?: unknown } | null)?.text;
        if (event === "draft" && typeof text === "string") onDraft((draft += text));
        if (event === "error") return { ok: false, message: serverMessage(data) ?? MESSAGES.badReply };
        if (event !== "answer") continue;
        void reader.cancel();
        const reply = parseChatReply(data);
        return reply ? { ok: true, value: reply } : { ok: false, message: MESSAGES.badReply };
      }
    }
  }

  const api: Api = {
    async chat(message, sessionId) {
      const result = await call("/api/chat", { message, channel: "web", ...(sessionId ? { sessionId } : {}) });
      if (!result.ok) return result;
      const reply = parseChatReply(result.value);
      return reply ? { ok: true, value: reply } : { ok: false, message: MESSAGES.badReply };
    },
    async chatStream(message, sessionId, onDraft) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const body = JSON.stringify({ message, channel: "web", ...(sessionId ? { sessionId } : {}) });
        const init = { method: "POST", headers: { "content-type": "application/json" }, body, signal: controller.signal };
        const res = await doFetch(`${options.base}/api/chat/stream`, init);
        if (res.status === 404) return await api.chat(message, sessionId);
        if (!res.ok || !res.body) return { ok: false, message: serverMessage(await res.json().catch(() => null)) ?? MESSAGES.http(res.status) };
        return await readEvents(res.body, onDraft);
      } catch {
        return { ok: false, message: controller.signal.aborted ? MESSAGES.timeout : MESSAGES.network };
      } finally {
        clearTimeout(timer);
      }
    },
    async feedback(sessionId, answerId, helpful, handoff) {
      const result = await call("/api/feedback", { sessionId, answerId, helpful, ...(handoff === false ? { handoff } : {}) });
      if (!result.ok) return { ok: false, message: MESSAGES.feedback };
      const body = result.value as { ticketId?: unknown; secret?: unknown } | null;
      const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
      const ticketId = text(body?.ticketId);
      const secret = text(body?.secret);
      return { ok: true, value: { ...(ticketId ? { ticketId } : {}), ...(secret ? { secret } : {}) } };
    },
    async escalate({ sessionId, message, phone, consent }) {
      const result = await call("/api/escalate", { message, consent, ...(sessionId ? { sessionId } : {}), ...(phone ? { phone } : {}) });
      const body = (result.ok ? result.value : null) as Record<string, unknown> | null;
      const [ticketId, secret, session, text] = [body?.ticketId, body?.secret, body?.sessionId, body?.message];
      if (typeof ticketId !== "string" || !ticketId || typeof secret !== "string") return { ok: false, message: MESSAGES.escalate };
      return {
        ok: true,
        value: { ticketId, secret, sessionId: typeof session === "string" ? session : sessionId ?? "", message: typeof text === "string" ? text : "" },
      };
    },
    async sessionTickets(sessionId) {
      const result = await call(`/api/sessions/${encodeURIComponent(sessionId)}/tickets`);
      if (!result.ok) return result;
      const list = (result.value as { tickets?: unknown } | null)?.tickets;
      if (!Array.isArray(list)) return { ok: false, message: MESSAGES.badReply };
      return { ok: true, value: list.map(parseTicketView).filter((v): v is TicketView => v !== null) };
    },
    async ticket(ticketId, secret) {
      const result = await call(`/api/tickets/${encodeURIComponent(ticketId)}?secret=${encodeURIComponent(secret)}`);
      if (!result.ok) return result;
      const view = parseTicketView(result.value);
      return view ? { ok: true, value: view } : { ok: false, message: MESSAGES.lookup };
    },
    async passage(docId, section) {
      const result = await call(`/api/passage?docId=${encodeURIComponent(docId)}&section=${encodeURIComponent(section)}`);
      if (!result.ok) return result;
      const body = result.value as Record<string, unknown> | null;
      if (typeof body?.body !== "string") return { ok: false, message: MESSAGES.badReply };
      const opt = (v: unknown) => (typeof v === "string" && v ? v : undefined);
      const [effective, source] = [opt(body.effective), opt(body.source)];
      return { ok: true, value: { body: body.body, ...(effective ? { effective } : {}), ...(source ? { source } : {}) } };
    },
  };
  return api;
}
