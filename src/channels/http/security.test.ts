import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { signedQuery, textXml, wechatConfig } from "../wechat/test-support.js";
import { createRateLimiter, DEFAULT_LIMITS, memoryRateLimitStore, parseLimits } from "../../security/index.js";
import { createHttpApp, type HttpAppOptions } from "./app.js";

const TOKEN = "wang-token-0123456789";
const staff = { Authorization: `Bearer ${TOKEN}` };
let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant({ TICKETS_PER_DAY: "5" }));
  app = createHttpApp({ assistant: () => assistant, staffAccounts: [{ name: "王", token: TOKEN }], wechat: wechatConfig({ replyDeadlineMs: 4000 }) });
});
afterAll(() => assistant.close());

async function answerTicket(ticketId: string, answer = "请携带身份证到医保窗口办理。") {
  await request(app).post(`/api/staff/tickets/${ticketId}/claim`).set(staff);
  expect((await request(app).post(`/api/staff/tickets/${ticketId}/answer`).set(staff).send({ answer })).status).toBe(200);
}

// Defect 4 (issue 12): sessionId was chosen by the client ("1" worked) and was the key to a
// session's staff answers, unmasked; a follower's was sha256(OpenID), without a server secret.
describe("sessions are the server's", () => {
  it("does not let a guessed session id such as '1' read another citizen's staff answer", async () => {
    const asked = await request(app).post("/api/chat").send({ message: "帮我查一下我的医保报销进度", sessionId: "1" });
    expect(asked.body.status).toBe("escalated");
    expect(asked.body.sessionId).not.toBe("1");
    await answerTicket(asked.body.ticketId);
    const guess = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: "1" });
    expect(guess.body.staffAnswers).toBeUndefined();
    expect((await request(app).get(`/api/tickets/${asked.body.ticketId}`).query({ sessionId: "1" })).status).toBe(404);
    const owner = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: asked.body.sessionId });
    expect(owner.body.staffAnswers?.[0]).toMatchObject({ ticketId: asked.body.ticketId });
  });

  it("shows the asking session its staff answer with the question masked", async () => {
    const asked = await request(app).post("/api/chat").send({ message: "帮我查一下我的社保，身份证110101199003071234，手机13812345678" });
    await answerTicket(asked.body.ticketId);
    const next = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: asked.body.sessionId });
    const shown = next.body.staffAnswers[0];
    expect(shown.question).toContain("110101********1234");
    expect(JSON.stringify(next.body)).not.toMatch(/199003071234|13812345678/);
  });

  it("derives a follower's session from the OpenID with a server secret, so knowing the OpenID is not enough", async () => {
    const openId = "oVictimFollower01";
    const res = await request(app).post("/wechat").query(signedQuery()).set("content-type", "text/xml").send(textXml("帮我查一下我的医保报销进度", openId));
    expect(res.status).toBe(200);
    const { tickets } = await assistant.tickets.list({ channel: "wechat" });
    const ticket = tickets.find((t) => t.replyTo === openId)!;
    const oldScheme = `wx-${crypto.createHash("sha256").update(openId, "utf8").digest("hex").slice(0, 40)}`;
    expect(ticket.sessionId).not.toBe(oldScheme);
    expect(ticket.sessionId).not.toContain(openId);
    await answerTicket(ticket.id);
    const attacker = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: oldScheme });
    expect(attacker.body.staffAnswers).toBeUndefined();
    const asFollowerId = await request(app).post("/api/chat").send({ message: "专利保护期多长", sessionId: ticket.sessionId });
    expect(asFollowerId.body.staffAnswers).toBeUndefined(); // a WeChat session is no web session either
  });
});

// Defect 7 (issue 12): error messages echoed raw input, security headers were missing, and a
// staff token with extra whitespace was accepted.
describe("hardening", () => {
  it("never echoes raw input in an error message", async () => {
    const evil = "<script>alert(1)</script>";
    const responses = [
      await request(app).get(`/api/tickets/${encodeURIComponent(evil)}`),
      await request(app).get(`/api/staff/tickets/${encodeURIComponent(evil)}`).set(staff),
      await request(app).post(`/api/staff/tickets/${encodeURIComponent(evil)}/claim`).set(staff),
      await request(app).get(`/${encodeURIComponent(evil)}`),
      await request(app).post("/api/chat").send({ message: evil, channel: evil }),
      await request(app).get("/api/search").query({ q: "医保", k: evil }),
    ];
    for (const res of responses) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain("script");
      expect(res.text).not.toContain("alert");
    }
  });

  it("sends the usual security headers on every response", async () => {
    const responses = [
      await request(app).get("/healthz"),
      await request(app).get("/nope"),
      await request(app).post("/api/chat").send({ message: "" }),
      await request(app).post("/api/chat").set("content-type", "application/json").send("{"),
      await request(app).get("/api/staff/tickets"),
      await request(app).get("/widget.js"),
      await request(app).get("/"),
      await request(app).get("/wechat"),
    ];
    for (const res of responses) {
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(res.headers["x-frame-options"]).toBeTruthy();
      expect(res.headers["content-security-policy"]).toBeTruthy();
      expect(res.headers["strict-transport-security"]).toBeTruthy();
      expect(res.headers["x-powered-by"]).toBeUndefined();
    }
  });

  it("accepts a staff token only exactly as configured", async () => {
    expect((await request(app).get("/api/staff/me").set("Authorization", `Bearer ${TOKEN}`)).status).toBe(200);
    for (const header of [`Bearer  ${TOKEN}`, `bearer ${TOKEN}`, `Bearer\t${TOKEN}`, `BEARER ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN]) {
      expect((await request(app).get("/api/staff/me").set("Authorization", header)).status, JSON.stringify(header)).toBe(401);
    }
  });

  it("lets any origin call the widget's endpoints by default, or only the configured ones", async () => {
    const any = await request(app).post("/api/chat").set("Origin", "https://any.example").send({ message: "专利保护期多长" });
    expect(any.headers["access-control-allow-origin"]).toBe("*");
    const listed = createHttpApp({ assistant: () => assistant, corsOrigins: ["https://www.gz.gov.cn"] });
    const ok = await request(listed).options("/api/chat").set("Origin", "https://www.gz.gov.cn");
    expect(ok.headers["access-control-allow-origin"]).toBe("https://www.gz.gov.cn");
    const other = await request(listed).options("/api/chat").set("Origin", "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

// Defect 1 (issue 12): one client filed 10,000 tickets in 57 s through /api/escalate, identical
// messages were not deduplicated, and 300 guesses of a ticket secret met no limit.
const limitedApp = (options: Partial<HttpAppOptions> = {}) => {
  const store = memoryRateLimitStore();
  return createHttpApp({ assistant: () => assistant, rateLimiter: createRateLimiter(DEFAULT_LIMITS, () => store), ...options });
};

describe("rate limits", () => {
  it("stops a flood of 转人工 requests from one address with 429, a Chinese message and Retry-After", async () => {
    const app = limitedApp();
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let i = 0; i < 60; i += 1) {
      const res = await request(app).post("/api/escalate").send({ message: `我要找人工 ${i}` });
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(DEFAULT_LIMITS.escalate.perAddress);
    expect(refused!.body.error).toMatchObject({ code: "rate_limited" });
    expect(refused!.body.error.message).toMatch(/太频繁/);
    expect(Number(refused!.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused!.headers["retry-after"])).toBeLessThanOrEqual(60);
  });

  it("limits one session, and caps its tickets per day; the same question again reuses its open ticket", async () => {
    const app = limitedApp();
    const first = await request(app).post("/api/escalate").send({ message: "我的医保卡丢了怎么办" });
    const session = first.body.sessionId;
    const same = await request(app).post("/api/escalate").send({ sessionId: session, message: "我的医保卡丢了怎么办" });
    expect(same.body.ticketId).toBe(first.body.ticketId);
    const ids = new Set<string>([first.body.ticketId]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await request(app).post("/api/escalate").send({ sessionId: session, message: `另一个问题 ${i}` });
      statuses.push(res.status);
      if (res.status === 200) ids.add(res.body.ticketId);
    }
    expect(ids.size).toBeLessThanOrEqual(5); // TICKETS_PER_DAY
    expect(statuses).toContain(429);
  });

  it("limits guesses of one ticket's secret, from any number of addresses", async () => {
    const app = limitedApp({ trustProxy: true });
    const { body } = await request(app).post("/api/escalate").send({ message: "查询一下我的工单" });
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request(app).get(`/api/tickets/${body.ticketId}`).set("X-Forwarded-For", `10.0.${i}.1`).query({ secret: `WRONG${i}`.padEnd(16, "2") }),
      ),
    );
    expect(guesses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(40 - DEFAULT_LIMITS.lookup.perSession);
    expect(guesses.every((r) => r.status === 404 || r.status === 429)).toBe(true);
  });

  it("takes the client address from X-Forwarded-For only behind a trusted proxy", async () => {
    const flood = async (app: ReturnType<typeof limitedApp>) => {
      let refused = 0;
      for (let i = 0; i < DEFAULT_LIMITS.escalate.perAddress + 5; i += 1) {
        const res = await request(app).post("/api/escalate").set("X-Forwarded-For", `192.0.2.${i}`).send({ message: `问题 ${i}` });
        if (res.status === 429) refused += 1;
      }
      return refused;
    };
    expect(await flood(limitedApp())).toBe(5); // a spoofed header changes nothing
    expect(await flood(limitedApp({ trustProxy: "loopback" }))).toBe(0); // the proxy's word counts
  });

  it("RATE_LIMITS=off turns every limit off; overrides change single limits", async () => {
    expect(parseLimits("off")).toBeNull();
    expect(parseLimits("chat=5/2,escalate=1")).toMatchObject({ chat: { perAddress: 5, perSession: 2 }, escalate: { perAddress: 1, perSession: 5 } });
    expect(() => parseLimits("nope=1")).toThrow(/nope/);
    const open = createHttpApp({ assistant: () => assistant, rateLimiter: createRateLimiter(null, () => memoryRateLimitStore()) });
    for (let i = 0; i < 30; i += 1) expect((await request(open).get("/api/search").query({ q: "医保" })).status).toBe(200);
  });
});
