import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
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
    expect(Object.keys(res.body.citations[0]).sort()).toEqual(["docId", "docNo", "issuer", "section", "snippet", "title"]);
  });

  it("keeps a session id it issued and replaces any other with a new one", async () => {
    const first = await request(app).post("/api/chat").send({ message: "专利保护期多长" });
    const again = await request(app).post("/api/chat").send({ message: "商标续展", sessionId: first.body.sessionId });
    expect(again.body.sessionId).toBe(first.body.sessionId);
    for (const made of ["abc_123", "1", "a b<c>", 42, first.body.sessionId.slice(0, -1) + "A"]) {
      const res = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: made });
      expect(res.status).toBe(200);
      expect(res.body.sessionId).not.toBe(made);
      expect(res.body.sessionId).toMatch(/^s[A-Za-z0-9_-]{44}$/);
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

  it("answers 503 before the index is loaded, with a readable message", async () => {
    const loading = createHttpApp({ assistant: () => null });
    expect((await request(loading).get("/healthz")).status).toBe(503);
    const res = await request(loading).post("/api/chat").send({ message: "医保" });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/正在加载/);
  });

  it("answers unknown paths with a JSON 404", async () => {
    const res = await request(app).get("/nope");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
