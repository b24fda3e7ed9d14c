import fs from "node:fs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { tempDir, testAssistant } from "../../app/testing.js";
import { freshPostgresSchema, postgresAvailable } from "../../feedback/postgres-testing.js";
import { createHttpApp } from "./app.js";

const WANG = "wang-token-0123456789";
const LI = "li-token-abcdefghijkl";
const backends = [
  { name: "SQLite", env: async (): Promise<Record<string, string>> => ({}) },
  { name: "PostgreSQL", env: async (): Promise<Record<string, string>> => ({ DATABASE_URL: (await freshPostgresSchema())! }) },
];

describe.each(backends)("the feedback loop on $name", ({ name, env }) => {
  const skip = name === "PostgreSQL" && !postgresAvailable;
  let assistant: Assistant;
  let app: ReturnType<typeof createHttpApp>;
  const staff = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    if (skip) return;
    const knowledgeDir = tempDir();
    fs.cpSync("knowledge", knowledgeDir, { recursive: true });
    ({ assistant } = await testAssistant({ KNOWLEDGE_DIR: knowledgeDir, ...(await env()) }));
    app = createHttpApp({ assistant: () => assistant, staffAccounts: [{ name: "王", token: WANG }, { name: "李", token: LI }] });
  });
  afterAll(async () => {
    if (!skip) await assistant.close();
  });

  it.skipIf(skip)("ask → ticket → claim → answer as FAQ → citizen sees it → the next asker is answered from the FAQ", async () => {
    // 1. A question the knowledge does not cover is escalated with a ticket.
    const asked = await request(app).post("/api/chat").send({ message: "驾驶证到期了去哪里换", channel: "web" });
    expect(asked.body.status).toBe("escalated");
    const citizen1: string = asked.body.sessionId; // issued by the server
    const ticketId: string = asked.body.ticketId;
    expect(ticketId).toBeTruthy();

    // 2. The citizen can read the ticket; nobody else can.
    expect((await request(app).get(`/api/tickets/${ticketId}`).query({ sessionId: citizen1 })).body).toMatchObject({ status: "open", answer: null });
    expect((await request(app).get(`/api/tickets/${ticketId}`).query({ sessionId: "someone-else" })).status).toBe(404);

    // 3. Staff find it in the queue, claim it (once), answer and publish it as an FAQ.
    const queue = await request(app).get("/api/staff/tickets").query({ status: "open" }).set(staff(WANG));
    expect(queue.body.tickets.map((t: { id: string }) => t.id)).toContain(ticketId);
    expect((await request(app).post(`/api/staff/tickets/${ticketId}/claim`).set(staff(WANG))).body.claimedBy).toBe("王");
    expect((await request(app).post(`/api/staff/tickets/${ticketId}/claim`).set(staff(LI))).status).toBe(409);
    const answer = "驾驶证换证由公安机关交通管理部门（车管所）办理，需要的材料以当地车管所公布的为准。";
    const answered = await request(app)
      .post(`/api/staff/tickets/${ticketId}/answer`)
      .set(staff(WANG))
      .send({ answer, publishFaq: { topic: "residence", phrasings: ["驾驶证到期怎么换", "驾照过期了去哪换证", "驾驶证换证要带什么"] } });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: "answered", answeredBy: "王" });
    expect(answered.body.faqId).toMatch(/^faq-/);

    // 4. The citizen sees the answer at the next message, once, as a message of its own (not glued to the new answer).
    const next = await request(app).post("/api/chat").send({ message: "在外省住院医保能直接结算吗", sessionId: citizen1 });
    expect(next.body.answer).not.toContain(answer);
    expect(next.body.staffAnswers[0]).toMatchObject({ ticketId, answer });
    const after = await request(app).post("/api/chat").send({ message: "在外省住院医保能直接结算吗", sessionId: citizen1 });
    expect(after.body.staffAnswers).toBeUndefined();

    // 5. Another citizen asking in other words is answered directly from the FAQ, with no restart.
    const other = await request(app).post("/api/chat").send({ message: "驾照快到期了找谁换" });
    expect(other.body.status).toBe("answered");
    expect(other.body.citations[0].docId).toBe(answered.body.faqId);
    expect(other.body.answer).toContain("车管所");

    // The audit trail records who did what.
    const detail = await request(app).get(`/api/staff/tickets/${ticketId}`).set(staff(WANG));
    expect(detail.body.audit.map((a: { action: string }) => a.action)).toEqual(["create", "claim", "answer", "deliver"]);
    const stats = await request(app).get("/api/staff/stats").set(staff(LI));
    expect(stats.body.byStatus.answered).toBeGreaterThanOrEqual(1);
    expect(stats.body.medianMinutesToAnswer).not.toBeNull();
  });

  it.skipIf(skip)("turns an unhelpful rating and a 转人工 request into tickets", async () => {
    const chat = await request(app).post("/api/chat").send({ message: "专利保护期多长" });
    const citizen3: string = chat.body.sessionId;
    const rated = await request(app).post("/api/feedback").send({ sessionId: citizen3, answerId: chat.body.answerId, helpful: false, comment: "我问的是外观设计" });
    expect(rated.body.ticketId).toBeTruthy();
    const ticket = await request(app).get(`/api/staff/tickets/${rated.body.ticketId}`).set(staff(WANG));
    expect(ticket.body).toMatchObject({ source: "unhelpful", status: "open" });
    expect(ticket.body.question).toContain("外观设计");
    expect((await request(app).post("/api/feedback").send({ sessionId: citizen3, answerId: "nope", helpful: true })).status).toBe(404);

    const handoff = await request(app).post("/api/escalate").set("Idempotency-Key", "h-1").send({ sessionId: citizen3, message: "我想找人工问问" });
    const again = await request(app).post("/api/escalate").set("Idempotency-Key", "h-1").send({ sessionId: citizen3, message: "我想找人工问问" });
    expect(handoff.body.ticketId).toBe(again.body.ticketId);
    expect(handoff.body.message).toContain(handoff.body.ticketId);
    expect((await request(app).get(`/api/tickets/${handoff.body.ticketId}`).query({ secret: handoff.body.secret })).body.status).toBe("open");
  });

  it.skipIf(skip)("lists a session's tickets with their staff answers, delivered or not (the widget's feed)", async () => {
    const handoff = await request(app).post("/api/escalate").send({ message: "社保转移办到哪一步了", phone: "13800001111", consent: true });
    const { ticketId, sessionId, secret } = handoff.body;
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{8,}$/); // issued by the server, none was sent
    await request(app).post(`/api/staff/tickets/${ticketId}/claim`).set(staff(WANG));
    expect((await request(app).get(`/api/staff/tickets/${ticketId}`).set(staff(WANG))).body.question).toContain("联系电话：13800001111，本人同意");
    await request(app).post(`/api/staff/tickets/${ticketId}/answer`).set(staff(WANG)).send({ answer: "已受理，15个工作日内办结。" });
    // Reading the ticket marks its answer delivered; the session's list still has it.
    await request(app).get(`/api/tickets/${ticketId}`).query({ sessionId });
    const own = await request(app).get(`/api/sessions/${sessionId}/tickets`);
    expect(own.headers["cache-control"]).toBe("no-store");
    expect(own.body.tickets).toEqual([
      expect.objectContaining({ ticketId, secret, status: "answered", answer: "已受理，15个工作日内办结。", answeredAt: expect.any(String) }),
    ]);
    expect(own.body.tickets[0].question).not.toContain("13800001111"); // masked for the citizen's view too
    // A session id the server did not issue reads nothing: sessions cannot be guessed into.
    expect((await request(app).get("/api/sessions/nobody-here/tickets")).status).toBe(404);
    expect((await request(app).get("/api/sessions/bad id!/tickets")).status).toBe(400);
  });

  it.skipIf(skip)("asks consent for a phone number, and records a declined 👎 without a ticket", async () => {
    const refused = await request(app).post("/api/escalate").send({ sessionId: "citizen-5", message: "找人工", phone: "13800001111" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("留下联系电话时，请勾选同意工作人员联系您。");
    expect((await request(app).post("/api/escalate").send({ sessionId: "citizen-5", message: "找人工", phone: "abc", consent: true })).status).toBe(400);
    const chat = await request(app).post("/api/chat").send({ message: "专利保护期多长" });
    const session: string = chat.body.sessionId; // issued by the server
    const declined = await request(app).post("/api/feedback").send({ sessionId: session, answerId: chat.body.answerId, helpful: false, handoff: false });
    expect(declined.body).toEqual({ ok: true });
    expect((await request(app).get(`/api/sessions/${session}/tickets`)).body.tickets).toEqual([]);
  });

  it.skipIf(skip)("masks personal numbers in lists and shows them only to the handler", async () => {
    const asked = await request(app).post("/api/chat").send({ message: "帮我查一下我的医保，身份证110101199003071234，手机13812345678" });
    const id = asked.body.ticketId;
    const list = await request(app).get("/api/staff/tickets").set(staff(LI));
    const listed = list.body.tickets.find((t: { id: string }) => t.id === id);
    expect(listed.question).toContain("110101********1234");
    expect(listed.question).not.toContain("13812345678");
    await request(app).post(`/api/staff/tickets/${id}/claim`).set(staff(WANG));
    expect((await request(app).get(`/api/staff/tickets/${id}`).set(staff(WANG))).body.question).toContain("110101199003071234");
    expect((await request(app).get(`/api/staff/tickets/${id}`).set(staff(LI))).body.question).not.toContain("110101199003071234");
  });
});

describe("staff authentication", () => {
  let assistant: Assistant;
  beforeAll(async () => void ({ assistant } = await testAssistant()));
  afterAll(() => assistant.close());

  it("is off (503 with instructions) when no accounts are configured", async () => {
    const app = createHttpApp({ assistant: () => assistant });
    const res = await request(app).get("/api/staff/tickets");
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain("STAFF_TOKENS");
  });

  it("rejects a missing or wrong token with 401", async () => {
    const app = createHttpApp({ assistant: () => assistant, staffAccounts: [{ name: "王", token: WANG }] });
    expect((await request(app).get("/api/staff/tickets")).status).toBe(401);
    expect((await request(app).get("/api/staff/tickets").set("Authorization", "Bearer wrong-token-000000000")).status).toBe(401);
    expect((await request(app).get("/api/staff/tickets").set("Authorization", `Bearer ${WANG}`)).status).toBe(200);
  });
});
