import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "../http/app.js";
import { signedQuery, textXml, wechatConfig } from "./test-support.js";
import { ticketQueryNumber } from "./ticket-query.js";
import { parseWechatXml } from "./xml.js";

let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant, wechat: wechatConfig({ replyDeadlineMs: 4000 }) });
});
afterAll(() => assistant.close());

async function send(text: string, openId: string): Promise<string> {
  const res = await request(app).post("/wechat").query(signedQuery()).set("content-type", "text/xml").send(textXml(text, openId));
  expect(res.status).toBe(200);
  return parseWechatXml(res.text).Content ?? "";
}

async function followerTicket(openId: string) {
  const { ticket } = await assistant.tickets.create({
    sessionId: `wx-test-${openId}`, channel: "wechat", source: "escalation", question: "我的报销单为什么被退回",
    topic: null, reason: "personal_case", candidates: [], replyTo: openId,
  });
  return ticket;
}

describe("查询 + 工单号 in WeChat", () => {
  it("recognises the command in the ways people type it, and nothing else", () => {
    expect(ticketQueryNumber("查询 ZC20261206-ABCD2345")).toBe("ZC20261206-ABCD2345");
    expect(ticketQueryNumber("查询：zc20261206-abcd2345。")).toBe("ZC20261206-ABCD2345");
    expect(ticketQueryNumber("查询医保报销进度")).toBeNull();
    expect(ticketQueryNumber("怎么查询ZC20261206-ABCD2345")).toBeNull();
  });

  it("shows the follower's own ticket: pending, then with the staff answer", async () => {
    const ticket = await followerTicket("oOwner");
    expect(await send(`查询 ${ticket.id}`, "oOwner")).toMatch(new RegExp(`^工单 ${ticket.id}：待处理。您的问题：我的报销单为什么被退回`));
    await assistant.tickets.transition(ticket.id, "claim", "wang");
    await assistant.tickets.transition(ticket.id, "answer", "wang", { answer: "材料缺少发票原件，请补交后重新提交。" });
    const reply = await send(`查询${ticket.id}`, "oOwner");
    expect(reply).toMatch(/已答复（\d{4}-\d\d-\d\d \d\d:\d\d）/);
    expect(reply).toContain("工作人员回复：材料缺少发票原件，请补交后重新提交。");
  });

  it("says not found for someone else's ticket and for an unknown number, alike", async () => {
    const ticket = await followerTicket("oOwner2");
    const other = await send(`查询 ${ticket.id}`, "oStranger");
    expect(other).toBe(`没有找到工单 ${ticket.id}。请核对工单号；在公众号里只能查询您本人提交的工单，其他工单请在网页“查询工单”中用查询码查看。`);
    expect(await send("查询 ZC20990101-AAAAAAAAAAAA", "oStranger")).toMatch(/^没有找到工单 ZC20990101-AAAAAAAAAAAA/);
  });
});
