import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "../http/app.js";
import { createStaffAnswerPush } from "./push-staff-answer.js";
import { APP_ID, signedQuery, stubWechatApi, textXml, waitFor, wechatConfig } from "./test-support.js";
import { createWechatApi } from "./wechat-api.js";

let assistant: Assistant;
let stub: Awaited<ReturnType<typeof stubWechatApi>>;
beforeAll(async () => {
  ({ assistant } = await testAssistant());
  stub = await stubWechatApi();
});
afterAll(async () => {
  await stub.close();
  await assistant.close();
});

describe("staff answers to WeChat followers", () => {
  it("are pushed at once through the customer-service API and count as delivered", async () => {
    const api = createWechatApi({ apiBase: stub.base, appId: APP_ID, appSecret: "s3cret" });
    const push = createStaffAnswerPush(api, assistant.replies, assistant.storage.tickets);
    const token = "staff-token-0123456789";
    const app = createHttpApp({
      assistant: () => assistant,
      // The passive reply must carry the ticket number: WeChat's longest deadline, so a loaded machine's first answer
      // (cold caches) is not turned into a later customer-service message, which this test is not about.
      wechat: wechatConfig({ appSecret: "s3cret", apiBase: stub.base, replyDeadlineMs: 4800 }),
      staffAccounts: [{ name: "王", token }],
      onTicketAnswered: push,
    });
    const reply = await request(app)
      .post("/wechat")
      .query(signedQuery())
      .set("content-type", "text/xml")
      .send(textXml("我的医保报销单为什么被退回了", "oFollower42"));
    const ticketId = /工单号[:：]\s*(ZC\d{8}-[A-Z0-9]+)/.exec(reply.text)?.[1];
    expect(ticketId).toBeTruthy();
    const auth = { Authorization: `Bearer ${token}` };
    await request(app).post(`/api/staff/tickets/${ticketId}/claim`).set(auth).expect(200);
    await request(app).post(`/api/staff/tickets/${ticketId}/answer`).set(auth).send({ answer: "请补交住院费用清单后重新提交。" }).expect(200);
    await waitFor(() => stub.sent.some((s) => s.body.touser === "oFollower42"));
    const sent = stub.sent.find((s) => s.body.touser === "oFollower42")!;
    expect(sent.body.text.content).toContain(`工单 ${ticketId}`);
    expect(sent.body.text.content).toContain("请补交住院费用清单");
    expect((await assistant.storage.tickets.get(ticketId!))!.answerDeliveredAt).not.toBeNull();
  });
});
