import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { signedQuery, textXml, wechatConfig } from "../wechat/test-support.js";
import { createHttpApp } from "./app.js";

const TOKEN = "wang-token-0123456789";
const staff = { Authorization: `Bearer ${TOKEN}` };
let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant, log: () => {}, staffAccounts: [{ name: "王", token: TOKEN }], wechat: wechatConfig({ replyDeadlineMs: 4000 }) });
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
    const listed = createHttpApp({ assistant: () => assistant, log: () => {}, corsOrigins: ["https://www.gz.gov.cn"] });
    const ok = await request(listed).options("/api/chat").set("Origin", "https://www.gz.gov.cn");
    expect(ok.headers["access-control-allow-origin"]).toBe("https://www.gz.gov.cn");
    const other = await request(listed).options("/api/chat").set("Origin", "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
