import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "../http/app.js";
import { MAX_REPLY_BYTES } from "./fit-reply.js";
import { signedQuery, textXml, wechatConfig } from "./test-support.js";
import { parseWechatXml } from "./xml.js";

let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant, wechat: wechatConfig({ replyDeadlineMs: 4000 }) });
});
afterAll(() => assistant.close());

describe("the WeChat channel with the real assistant (plain mode, mounted by createHttpApp)", () => {
  it("answers 在外省住院医保能直接结算吗 with a cited passive reply", async () => {
    const res = await request(app).post("/wechat").query(signedQuery()).set("content-type", "text/xml").send(textXml("在外省住院医保能直接结算吗", "oReal"));
    expect(res.status).toBe(200);
    const reply = parseWechatXml(res.text);
    expect(reply).toMatchObject({ ToUserName: "oReal", FromUserName: "gh_account", MsgType: "text" });
    expect(reply.Content).toMatch(/结算/);
    expect(reply.Content).toMatch(/\n来源：.+/);
    expect(Buffer.byteLength(reply.Content!)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  });

  it("leaves the JSON API working next to it", async () => {
    const res = await request(app).post("/api/chat").send({ message: "专利保护期多长" });
    expect(res.status).toBe(200);
    expect(res.body.status).toBeTruthy();
  });
});
