import fs from "node:fs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { tempDir, testAssistant } from "../../app/testing.js";
import { LOW_CONFIDENCE_MARGIN } from "../../feedback/gaps/index.js";
import { createHttpApp } from "./app.js";

const WANG = "wang-token-0123456789";
const staff = { Authorization: `Bearer ${WANG}` };
const today = () => new Date().toISOString().slice(0, 10);

interface Group {
  key: string;
  question: string;
  phrasings: string[];
  examples: string[];
  count: number;
  ticketIds: string[];
  section: { docId: string } | null;
  addressed: { action: string; after: { asked: number; answered: number } } | null;
}

describe("the knowledge-gap report (/api/staff/gaps)", () => {
  let assistant: Assistant;
  let app: ReturnType<typeof createHttpApp>;
  const ask = async (message: string) => (await request(app).post("/api/chat").send({ message, channel: "web" })).body as { status: string; sessionId: string; answerId: string; confidence: number; ticketId?: string; citations: { docId: string; section: string }[] };
  const report = async () => (await request(app).get("/api/staff/gaps").query({ from: today(), to: today() }).set(staff)).body as { groups: Group[]; sections: { docId: string; section: string; flags: string[]; unhelpful: number }[]; reviews: { docId: string }[] };
  const groupWith = (groups: Group[], question: string) => groups.find((g) => g.phrasings.includes(question));

  beforeAll(async () => {
    const knowledgeDir = tempDir();
    fs.cpSync("knowledge", knowledgeDir, { recursive: true });
    ({ assistant } = await testAssistant({ KNOWLEDGE_DIR: knowledgeDir }));
    app = createHttpApp({ assistant: () => assistant, staffAccounts: [{ name: "王", token: WANG }] });
  });
  afterAll(() => assistant.close());

  it("needs the staff token, and is off without staff accounts", async () => {
    expect((await request(app).get("/api/staff/gaps")).status).toBe(401);
    expect((await request(app).get("/api/staff/gaps").set({ Authorization: "Bearer wrong-token-0123456789" })).status).toBe(401);
    expect((await request(app).post("/api/staff/gaps/review").send({})).status).toBe(401);
    const closed = createHttpApp({ assistant: () => assistant });
    expect((await request(closed).get("/api/staff/gaps").set(staff)).status).toBe(503);
    const bad = await request(app).get("/api/staff/gaps").query({ from: "2026-13-45" }).set(staff);
    expect(bad.status).toBe(400);
    expect((await request(app).get("/api/staff/gaps").query({ from: "2026-02-01", to: "2026-01-01" }).set(staff)).status).toBe(400);
  });

  it("groups paraphrased unanswered questions; a drafted FAQ answers them and the group shows what happened after", async () => {
    const wuye = ["住房公积金能不能直接拿来交小区物业费", "物业费可以用公积金付吗", "公积金交小区物业费行不行"];
    const asked = [];
    for (const q of wuye) asked.push(await ask(q));
    // Each is a gap: escalated, or answered from an unrelated section with confidence barely above the threshold.
    const minimum = assistant.config.routing.answerMinConfidence + LOW_CONFIDENCE_MARGIN;
    for (const a of asked) expect(a.status === "escalated" || (a.status === "answered" && a.confidence < minimum)).toBe(true);
    const other = await ask("公积金贷款最多能贷多少钱");
    expect(other.status).toBe("escalated");

    const before = await report();
    const group = groupWith(before.groups, wuye[0]!)!;
    expect(group.phrasings).toEqual(expect.arrayContaining(wuye));
    expect(group.count).toBe(3);
    expect(group.examples.length).toBeLessThanOrEqual(3);
    expect(group.ticketIds).toEqual(expect.arrayContaining(asked.flatMap((a) => (a.ticketId ? [a.ticketId] : []))));
    expect(group.addressed).toBeNull();
    expect(groupWith(before.groups, "公积金贷款最多能贷多少钱")).toBeDefined();
    expect(group.phrasings).not.toContain("公积金贷款最多能贷多少钱");

    const answer = "住房公积金不能直接用来交物业费。公积金可用于购房、建房、租房等规定用途，具体提取条件以当地住房公积金管理中心规定为准。";
    const drafted = await request(app).post("/api/staff/gaps/faq").set(staff).send({ group: { question: group.question, phrasings: group.phrasings }, answer, topic: "social-security" });
    expect(drafted.status).toBe(200);
    expect(drafted.body.faqId).toMatch(/^faq-/);

    // The group's own phrasings, and a new one, are answered from the FAQ at once.
    for (const q of [...wuye, "小区物业费能用公积金里的钱付吗"]) {
      const again = await ask(q);
      expect(again.status, q).toBe("answered");
      expect(again.citations[0]!.docId).toBe(drafted.body.faqId);
    }
    const after = groupWith((await report()).groups, wuye[0]!)!;
    expect(after.addressed).toMatchObject({ action: "faq", after: { asked: 4, answered: 4 } });
  });

  it("marks a document for review from a group, and flags a section people rate unhelpful", async () => {
    const rated = [];
    for (let i = 0; i < 3; i += 1) rated.push(await ask("在外省住院医保能直接结算吗"));
    expect(rated.every((r) => r.status === "answered")).toBe(true);
    const cited = rated[0]!.citations[0]!;
    for (const r of rated) {
      expect((await request(app).post("/api/feedback").send({ sessionId: r.sessionId, answerId: r.answerId, helpful: false, handoff: false })).status).toBe(200);
    }
    const before = await report();
    const section = before.sections.find((s) => s.docId === cited.docId && s.section === cited.section)!;
    expect(section).toMatchObject({ unhelpful: 3, flags: ["unhelpful"] });
    const group = groupWith(before.groups, "在外省住院医保能直接结算吗")!;
    expect(group.section?.docId).toBe(cited.docId);

    const unknown = await request(app).post("/api/staff/gaps/review").set(staff).send({ group: { question: group.question, phrasings: group.phrasings }, docId: "no-such-doc" });
    expect(unknown.status).toBe(404);
    const marked = await request(app).post("/api/staff/gaps/review").set(staff).send({ group: { question: group.question, phrasings: group.phrasings }, docId: cited.docId, section: cited.section, note: "异地结算的备案方式已变" });
    expect(marked.status).toBe(200);
    const after = await report();
    expect(after.reviews.map((r) => r.docId)).toContain(cited.docId);
    expect(groupWith(after.groups, "在外省住院医保能直接结算吗")!.addressed).toMatchObject({ action: "review" });
    expect(after.sections.find((s) => s.docId === cited.docId && s.section === cited.section)).toMatchObject({ underReview: true });
  });
});
