import request from "supertest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { once } from "node:events";
import { createDrain } from "../../ops/drain.js";
import { createHttpApp } from "./app.js";

let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant });
});
afterAll(() => assistant.close());

describe("POST /api/chat", () => {
  it("answers with the documented contract and creates a session", async () => {
    const res = await request(app).post("/api/chat").send({ message: "在外省住院医保能直接结算吗", channel: "web" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "answered", topic: "medical-insurance" });
    expect(res.body.sessionId).toMatch(/^s[A-Za-z0-9_-]{44}$/); // 128 random bits and a 128-bit HMAC
    expect(typeof res.body.answer).toBe("string");
    expect(res.body.confidence).toBeGreaterThan(0);
    expect(res.body.confidence).toBeLessThanOrEqual(1);
    // The documented citation: {docId, title, section, issuer, docNo?, url?, basis?, snippet}, nothing else.
    const keys = Object.keys(res.body.citations[0]);
    expect(keys).toEqual(expect.arrayContaining(["docId", "title", "section", "issuer", "snippet"]));
    expect(keys.filter((k) => !["docId", "title", "section", "issuer", "docNo", "url", "basis", "snippet"].includes(k))).toEqual([]);
  });

  it("keeps a session id it issued and replaces any other with a new one", async () => {
    const first = await request(app).post("/api/chat").send({ message: "专利保护期多长" });
    const again = await request(app).post("/api/chat").send({ message: "商标续展", sessionId: first.body.sessionId });
    expect(again.body.sessionId).toBe(first.body.sessionId);
    for (const made of ["abc_123", "1", "a b<c>", 42, first.body.sessionId.slice(0, -1) + (first.body.sessionId.endsWith("A") ? "B" : "A")]) {
      const res = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: made });
      expect(res.status).toBe(200);
      expect(res.body.sessionId).not.toBe(made);
      expect(res.body.sessionId).toMatch(/^s[A-Za-z0-9_-]{44}$/);
    }
  });

  it("reads no earlier turn or ticket for a session it issues with this very answer, and reads both for a known session", async () => {
    const lastTurns = vi.spyOn(assistant.storage.answers, "lastForSession");
    const tickets = vi.spyOn(assistant.storage.tickets, "undelivered");
    try {
      const first = await request(app).post("/api/chat").send({ message: "发明专利保护期多久" });
      expect(first.status).toBe(200);
      expect(lastTurns).not.toHaveBeenCalled();
      expect(tickets).not.toHaveBeenCalled();
      // The follow-up on that session still reads the first turn (and is answered in its context).
      const next = await request(app).post("/api/chat").send({ message: "那实用新型呢", sessionId: first.body.sessionId });
      expect(lastTurns).toHaveBeenCalledWith(first.body.sessionId);
      expect(tickets).toHaveBeenCalledWith(first.body.sessionId);
      expect(next.body.answer).toContain("实用新型");
      expect(next.body.answer).toContain("10年");
    } finally {
      lastTurns.mockRestore();
      tickets.mockRestore();
    }
  });

  it("returns the ticket id for an escalated question", async () => {
    const res = await request(app).post("/api/chat").send({ message: "帮我查一下我的社保交了几年" });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("escalated");
    expect(res.body.ticketId).toBeTruthy();
    expect(await assistant.tickets.get(res.body.ticketId)).toMatchObject({ status: "open" });
  });

  it.each([
    ["an empty message", { message: "   " }, /请输入/],
    ["a message over 500 characters", { message: "医".repeat(501) }, /500字/],
    ["a number as message", { message: 42 }, /文字/],
    ["a missing message", { sessionId: "x" }, /文字|message/],
    ["an unknown channel", { message: "你好", channel: "fax" }, /channel/],
    ["an array body", [1, 2], /JSON 对象/],
  ])("rejects %s with 400 and a readable message", async (_name, body, message) => {
    const res = await request(app).post("/api/chat").send(body as object);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(res.body.error.message).toMatch(message);
  });

  it("rejects invalid JSON with 400", async () => {
    const res = await request(app).post("/api/chat").set("content-type", "application/json").send('{"message": "医保');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_json" });
  });

  it("rejects a body over the size limit with 413", async () => {
    const res = await request(app).post("/api/chat").send({ message: "医".repeat(20_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });
});

describe("GET /api/search", () => {
  it("returns ranked passages for hotline staff", async () => {
    const res = await request(app).get("/api/search").query({ q: "商标续展", k: 3 });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(3);
    expect(res.body.results[0]).toMatchObject({ topic: "ip" });
    expect(res.body.results[0].score).toBeGreaterThanOrEqual(res.body.results[1].score);
  });

  it("rejects a missing query and a bad k", async () => {
    expect((await request(app).get("/api/search")).status).toBe(400);
    expect((await request(app).get("/api/search").query({ q: "医保", k: 99 })).status).toBe(400);
  });
});

describe("health and readiness", () => {
  it("is healthy once the index is loaded", async () => {
    const res = await request(app).get("/healthz");
    expect(res.status).toBe(200);
    expect(res.body.passages).toBeGreaterThan(0);
  });

  it("answers 503 before the index is loaded, with a readable message and Retry-After", async () => {
    const loading = createHttpApp({ assistant: () => null });
    const health = await request(loading).get("/healthz");
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: "loading" });
    expect((await request(loading).get("/readyz")).body).toEqual({ status: "loading" });
    expect((await request(loading).get("/readyz")).status).toBe(503);
    for (const res of [await request(loading).post("/api/chat").send({ message: "医保" }), await request(loading).get("/api/search?q=医保")]) {
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(/正在加载/);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    }
  });

  it("is ready once loaded, and not ready while draining", async () => {
    expect((await request(app).get("/readyz")).body).toEqual({ status: "ready" });
    const drain = createDrain();
    const draining = createHttpApp({ assistant: () => assistant, drain });
    const server = draining.listen(0, "127.0.0.1");
    await once(server, "listening");
    await drain.drain(server, 1000);
    expect((await request(draining).get("/readyz")).body).toEqual({ status: "draining" });
    expect((await request(draining).get("/readyz")).status).toBe(503);
    expect((await request(draining).get("/healthz")).status).toBe(200); // alive, just not taking traffic
  });

  it("answers unknown paths with a JSON 404", async () => {
    const res = await request(app).get("/nope");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("request ids", () => {
  it("echoes a caller's X-Request-Id and makes one up otherwise", async () => {
    expect((await request(app).get("/healthz").set("X-Request-Id", "lb-7f3a.42")).headers["x-request-id"]).toBe("lb-7f3a.42");
    const made = (await request(app).get("/healthz")).headers["x-request-id"];
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    // Not an id but text (could carry anything into the logs): replaced.
    expect((await request(app).get("/healthz").set("X-Request-Id", "a b<script>")).headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("GET /metrics", () => {
  it("counts requests by route and status, answers by status and topic, and reads queue and index", async () => {
    const metricsApp = createHttpApp({ assistant: () => assistant });
    await request(metricsApp).post("/api/chat").send({ message: "在外省住院医保能直接结算吗" });
    await request(metricsApp).post("/api/chat").send({ message: "我的医保报销单为什么被退回了" });
    await request(metricsApp).get("/api/tickets/ZC-nope");
    const res = await request(metricsApp).get("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toContain('zhice_http_requests_total{route="/api/chat",method="POST",status="200"} 2');
    expect(text).toContain('zhice_http_requests_total{route="/api/tickets/:id",method="GET",status="404"} 1');
    expect(text).toMatch(/zhice_http_request_duration_seconds_bucket\{le="10",route="\/api\/chat",method="POST",status="200"\} 2/);
    expect(text).toContain('zhice_answers_total{status="answered",topic="medical-insurance"} 1');
    expect(text).toContain('zhice_answers_total{status="escalated",topic="medical-insurance"} 1');
    expect(text).toContain('zhice_escalations_total{source="answer"} 1');
    expect(text).toMatch(/zhice_queue_depth\{status="open"\} [1-9]/);
    expect(text).toMatch(new RegExp(`zhice_index_sections ${assistant.index.passages.size}\\b`));
  });

  it("is only for this host without a token (not through a proxy), and needs the token when one is set", async () => {
    expect((await request(app).get("/metrics").set("X-Forwarded-For", "203.0.113.9")).status).toBe(403);
    const guarded = createHttpApp({ assistant: () => assistant, metricsToken: "metrics-token-0123456789" });
    expect((await request(guarded).get("/metrics")).status).toBe(401);
    expect((await request(guarded).get("/metrics").set("Authorization", "Bearer wrong-token-0123456789")).status).toBe(401);
    expect((await request(guarded).get("/metrics").set("Authorization", "Bearer metrics-token-0123456789")).status).toBe(200);
  });
});
