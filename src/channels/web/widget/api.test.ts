import { describe, expect, it } from "vitest";
import { createApi, MESSAGES } from "./api.js";

interface Call {
  url: string;
  body: unknown;
}

/** An Api whose fetch answers with `respond` and records each call. */
function apiWith(respond: (url: string) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const api = createApi({
    base: "http://zhice.test",
    fetch: async (url, init) => {
      calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return respond(url);
    },
  });
  return { api, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const reply = {
  sessionId: "s1",
  answerId: "a1",
  status: "answered",
  answer: "<b>可以</b>",
  topic: "medical-insurance",
  confidence: 0.9,
  citations: [{ docId: "d", title: "跨省异地就医", section: "结算", issuer: "国家医保局", docNo: "医保发〔2022〕22号", snippet: "…" }, "junk"],
  suggestions: ["a", 3],
};

describe("chat", () => {
  it("posts {message, channel: web, sessionId} and returns the checked reply", async () => {
    const { api, calls } = apiWith(() => json(200, reply));
    const result = await api.chat("能结算吗", "s1");
    expect(calls).toEqual([{ url: "http://zhice.test/api/chat", body: { message: "能结算吗", channel: "web", sessionId: "s1" } }]);
    expect(result.ok && result.value.answer).toBe("<b>可以</b>");
    expect(result.ok && result.value.citations).toHaveLength(1);
    expect(result.ok && result.value.suggestions).toEqual(["a"]);
  });

  it("leaves the session id out before the server has given one", async () => {
    const { api, calls } = apiWith(() => json(200, reply));
    await api.chat("你好", null);
    expect(calls[0]?.body).toEqual({ message: "你好", channel: "web" });
  });

  it("uses the server's error message for a 4xx or 5xx", async () => {
    const { api } = apiWith(() => json(400, { error: { code: "invalid_request", message: "问题太长了，请控制在500字以内。" } }));
    expect(await api.chat("x", null)).toEqual({ ok: false, message: "问题太长了，请控制在500字以内。" });
  });

  it("explains a 5xx without a JSON body", async () => {
    const { api } = apiWith(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await api.chat("x", null)).toEqual({ ok: false, message: MESSAGES.http(502) });
  });

  it("explains a network failure and an unreadable reply", async () => {
    const down = apiWith(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(await down.api.chat("x", null)).toEqual({ ok: false, message: MESSAGES.network });
    const odd = apiWith(() => json(200, { hello: "world" }));
    expect(await odd.api.chat("x", null)).toEqual({ ok: false, message: MESSAGES.badReply });
  });

  it("gives up after the timeout", async () => {
    const api = createApi({
      base: "",
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted")))),
    });
    expect(await api.chat("x", null)).toEqual({ ok: false, message: MESSAGES.timeout });
  });
});

describe("feedback and escalation", () => {
  it("posts feedback and reports a missing endpoint with a short notice", async () => {
    const ok = apiWith(() => json(200, { ok: true }));
    expect(await ok.api.feedback("s1", "a1", false)).toEqual({ ok: true, value: {} });
    expect(ok.calls[0]).toEqual({ url: "http://zhice.test/api/feedback", body: { sessionId: "s1", answerId: "a1", helpful: false } });
    const declined = apiWith(() => json(200, { ok: true }));
    await declined.api.feedback("s1", "a1", false, false);
    expect(declined.calls[0]?.body).toMatchObject({ helpful: false, handoff: false });
    const ticket = apiWith(() => json(200, { ok: true, ticketId: "ZC1", secret: "K" }));
    expect(await ticket.api.feedback("s1", "a1", false, true)).toEqual({ ok: true, value: { ticketId: "ZC1", secret: "K" } });
    const missing = apiWith(() => json(404, { error: { code: "not_found", message: "没有这个接口地址。" } }));
    expect(await missing.api.feedback("s1", "a1", true)).toEqual({ ok: false, message: MESSAGES.feedback });
  });

  it("returns the ticket of a 转人工 request, or a notice when it fails", async () => {
    const ok = apiWith(() => json(200, { ticketId: "ZC1", secret: "K", sessionId: "srv", message: "已转人工" }));
    const request = { sessionId: null, message: "报销单被退回", phone: "13800000000", consent: true };
    expect(await ok.api.escalate(request)).toEqual({ ok: true, value: { ticketId: "ZC1", secret: "K", sessionId: "srv", message: "已转人工" } });
    // No session yet: none is sent, the server's is returned.
    expect(ok.calls[0]?.body).toEqual({ message: "报销单被退回", phone: "13800000000", consent: true });
    for (const failing of [() => json(503, {}), () => json(200, { message: "no ticket" })]) {
      expect(await apiWith(failing).api.escalate({ sessionId: "s1", message: "x", consent: false })).toEqual({ ok: false, message: MESSAGES.escalate });
    }
  });

  it("reads the session's tickets and one ticket by its 查询码", async () => {
    const view = { ticketId: "ZC1", status: "answered", question: "q", answer: "已办", answeredAt: "2026-12-06T01:00:00Z", secret: "K" };
    const list = apiWith(() => json(200, { tickets: [view, { junk: true }] }));
    expect(await list.api.sessionTickets("s 1")).toEqual({ ok: true, value: [view] });
    expect(list.calls[0]).toEqual({ url: "http://zhice.test/api/sessions/s%201/tickets", body: undefined });
    const one = apiWith(() => json(200, { ...view, secret: undefined, answer: null }));
    expect(await one.api.ticket("ZC1", "K")).toEqual({ ok: true, value: { ...view, secret: undefined, answer: null } });
    expect(one.calls[0]?.url).toBe("http://zhice.test/api/tickets/ZC1?secret=K");
  });
});

describe("chatStream", () => {
  /** A text/event-stream body delivered in the given pieces (split anywhere, even inside an event). */
  const events = (...pieces: string[]) => {
    const bytes = new TextEncoder().encode(pieces.join(""));
    const cut = Math.floor(bytes.length / 3);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
  };
  const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

  it("hands each draft so far to onDraft, then returns the checked answer", async () => {
    const { api, calls } = apiWith(() => events(sse("draft", { text: "可以直接" }), sse("draft", { text: "结算[S1]。" }), sse("answer", reply)));
    const drafts: string[] = [];
    const result = await api.chatStream("能结算吗", "s1", (text) => drafts.push(text));
    expect(calls[0]).toEqual({ url: "http://zhice.test/api/chat/stream", body: { message: "能结算吗", channel: "web", sessionId: "s1" } });
    expect(drafts).toEqual(["可以直接", "可以直接结算[S1]。"]);
    expect(result.ok && result.value.answer).toBe("<b>可以</b>");
  });

  it("asks /api/chat when the server does not stream, and shows an error event's message", async () => {
    const { api, calls } = apiWith((url) => (url.endsWith("/stream") ? json(404, { error: { message: "没有这个接口地址。" } }) : json(200, reply)));
    expect((await api.chatStream("能结算吗", null, () => {})).ok).toBe(true);
    expect(calls.map((c) => c.url)).toEqual(["http://zhice.test/api/chat/stream", "http://zhice.test/api/chat"]);
    const failing = apiWith(() => events(sse("draft", { text: "可" }), sse("error", { error: { code: "internal_error", message: "出错了" } })));
    expect(await failing.api.chatStream("能结算吗", null, () => {})).toEqual({ ok: false, message: "出错了" });
    const cut = apiWith(() => events(sse("draft", { text: "可" })));
    expect(await cut.api.chatStream("能结算吗", null, () => {})).toEqual({ ok: false, message: MESSAGES.badReply });
  });
});
