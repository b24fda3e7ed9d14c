import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "./app.js";

let sessions = 0;
const section = { docId: "financing-startup-loan", title: "创业担保贷款", section: "创业担保贷款最多能贷多少" };
const permit = { docId: "residence-permit", title: "居住证暂行条例", section: "申领居住证要带哪些材料" };
const PARAPHRASES = ["居住证办理需要什么材料", "办居住证要带哪些材料", "申请居住证要准备什么材料", "办居住证需要准备哪些材料", "办理居住证需提交什么材料"];

describe("the public transparency page (/transparency, /api/transparency)", () => {
  let assistant: Assistant;
  let app: ReturnType<typeof createHttpApp>;
  /** Logs `times` turns of the question, each from a session of its own, a minute ago. */
  async function asked(question: string, times: number, extra: { status?: string; topic?: string; context?: object } = {}) {
    for (let i = 0; i < times; i += 1) {
      await assistant.storage.answers.record({
        id: `a${(sessions += 1)}`, sessionId: `s${sessions}`, channel: "web", question, status: extra.status ?? "answered", topic: extra.topic ?? "financing",
        createdAt: new Date(Date.now() - 60_000).toISOString(), context: extra.context ?? { sections: [section], reason: null },
      });
    }
  }

  beforeAll(async () => {
    ({ assistant } = await testAssistant({ TRANSPARENCY_MIN_SESSIONS: "5" }));
    app = createHttpApp({ assistant: () => assistant });
    await asked("创业担保贷款最多能贷多少钱", 5); // 5 sessions: shown
    await asked("发明专利从申请到授权要多久", 4, { topic: "ip" }); // 4 sessions: never shown
    // One question in five people's own words: shown as the knowledge's heading, never as anyone's wording.
    for (const q of PARAPHRASES) await asked(q, 1, { topic: "residence", context: { sections: [permit], reason: null } });
    // Personal cases and masked personal data: never shown however many asked.
    await asked("我的医保卡为什么被冻结了", 6, { status: "escalated", topic: "medical-insurance", context: { reason: "case_specific", sections: [] } });
    await asked("我手机号13812345678的社保缴费记录怎么查", 6, { topic: "social-security" });
    await asked("社保卡号1234567的余额怎么查", 6, { topic: "social-security" });
    await asked("帮我写一首诗", 7, { status: "out_of_scope", topic: undefined, context: {} });
    // A ticket answered by staff: resolved, with a median time.
    const { ticket } = await assistant.storage.tickets.create({ sessionId: "s-t", channel: "web", source: "escalation", question: "公积金能交物业费吗", topic: "social-security", reason: "low_confidence", candidates: [] });
    await assistant.storage.tickets.transition(ticket.id, "claim", "王");
    await assistant.storage.tickets.transition(ticket.id, "answer", "王", { answer: "不能。" });
  });
  afterAll(() => assistant.close());

  it("shows a question only when at least N sessions asked it, and never personal cases or personal data", async () => {
    const { body } = await request(app).get("/api/transparency").expect(200);
    const shown = body.topQuestions.map((q: { question: string }) => q.question);
    expect(shown).toContain("创业担保贷款最多能贷多少钱");
    expect(shown).toContain(permit.section); // the paraphrase group, worded as the knowledge heading
    for (const q of PARAPHRASES) expect(shown).not.toContain(q);
    expect(body.topQuestions.every((q: { sessions: number }) => q.sessions >= 5)).toBe(true);
    const page = (await request(app).get("/transparency").expect(200)).text;
    for (const text of [JSON.stringify(body), page]) {
      expect(text).not.toContain("发明专利从申请到授权要多久");
      expect(text).not.toContain("冻结");
      expect(text).not.toContain("138");
      expect(text).not.toContain("****");
      expect(text).not.toContain("1234567");
      expect(text).not.toContain("写一首诗");
    }
  });

  it("counts answered, escalated and resolved by topic, the median time to a staff answer and recent knowledge updates", async () => {
    const { body } = await request(app).get("/api/transparency").query({ days: 7 }).expect(200);
    expect(body.days).toBe(7);
    expect(body.totals).toMatchObject({ answered: 5 + 4 + 5 + 12, escalated: 6, tickets: 1, resolved: 1 });
    expect(body.byTopic.find((t: { topic: string }) => t.topic === "social-security")).toMatchObject({ answered: 12, resolved: 1 });
    expect(body.medianHoursToStaffAnswer).not.toBeNull();
    const latest = [...assistant.index.passages.values()].map((p) => p.reviewed ?? p.effective).sort().at(-1)!;
    if (Date.parse(latest) > Date.now() - 7 * 86_400_000) expect(body.updates.map((u: { date: string }) => u.date)).toContain(latest);
    expect(body.updates.every((u: { date: string }) => u.date >= body.from && u.date <= body.to)).toBe(true);
  });

  it("is an accessible, printable page with an elder mode, and refuses bad periods", async () => {
    const page = await request(app).get("/transparency").query({ days: 30 }).expect(200).expect("content-type", /html/);
    expect(page.text).toContain('<html lang="zh-CN">');
    expect(page.text).toContain("<title>公开");
    expect(page.text).toMatch(/<h1>[^<]+<\/h1>/);
    expect(page.text).toContain("<caption>");
    expect(page.text).toContain('<th scope="col"');
    expect(page.text).toContain('<th scope="row"');
    expect(page.text).toContain("@media print");
    expect(page.text).not.toContain("<script");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    const elder = await request(app).get("/transparency").query({ elder: "1" }).expect(200);
    expect(elder.text).toContain('<html lang="zh-CN" class="elder">');
    expect((await request(app).get("/api/transparency").query({ days: 0 })).status).toBe(400);
    expect((await request(app).get("/transparency").query({ days: "abc" })).status).toBe(400);
  });

  it("is gone with TRANSPARENCY=off", async () => {
    const off = { ...assistant, config: { ...assistant.config, transparency: { enabled: false, minSessions: 5 } } } as Assistant;
    const closed = createHttpApp({ assistant: () => off });
    expect((await request(closed).get("/transparency")).status).toBe(404);
    expect((await request(closed).get("/api/transparency")).status).toBe(404);
  });
});
