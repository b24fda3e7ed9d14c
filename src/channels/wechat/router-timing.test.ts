import request from "supertest";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_REPLY_BYTES } from "./fit-reply.js";
import { APP_ID, chatResponse, fakeAssistant, signedQuery, sleep, stubWechatApi, textXml, waitFor, wechatApp, wechatConfig } from "./test-support.js";
import { parseWechatXml } from "./xml.js";

let stub: Awaited<ReturnType<typeof stubWechatApi>> | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const SOURCE = "来源：财政部等《关于加大创业担保贷款贴息及奖补政策支持力度的通知》（财金〔2020〕21号）；创业担保贷款·额度";
const LONG = `${"个人创业担保贷款最高额度为20万元，贴息按财金〔2020〕21号规定执行，贷款期限最长3年。".repeat(45)}\n${SOURCE}`;

function setup(options: { delayMs?: number; answer?: string; deadlineMs?: number; api?: boolean } = {}) {
  const fake = fakeAssistant(async () => {
    await sleep(options.delayMs ?? 0);
    return chatResponse(options.answer ? { answer: options.answer } : {});
  });
  const config = wechatConfig({
    replyDeadlineMs: options.deadlineMs ?? 300,
    ...(options.api ? { appSecret: "s3cret", apiBase: stub!.base } : {}),
  });
  const app = wechatApp({ config, assistant: () => fake.assistant });
  const post = (xml: string) => request(app).post("/wechat").query(signedQuery()).send(xml);
  return { ...fake, post };
}

const content = (res: request.Response) => (res.text === "success" ? "success" : parseWechatXml(res.text).Content);

describe("WeChat retries (deduplication by MsgId)", () => {
  it("answers three concurrent tries of a slow message once, with identical replies", async () => {
    const { post, calls } = setup({ delayMs: 250, deadlineMs: 2000 });
    const xml = textXml("在外省住院医保能直接结算吗", "oRetry", "7000000000000000001");
    const replies = await Promise.all([post(xml), sleep(30).then(() => post(xml)), sleep(60).then(() => post(xml))]);
    expect(calls).toHaveLength(1);
    const texts = replies.map(content);
    expect(texts[0]).toContain("来源：");
    expect(new Set(texts).size).toBe(1);
    // A late retry after the answer is done gets the same reply, still without a second answer.
    expect(content(await post(xml))).toBe(texts[0]);
    expect(calls).toHaveLength(1);
  });

  it("deduplicates events by FromUserName + CreateTime", async () => {
    const { post } = setup();
    const xml = `<xml><ToUserName>gh</ToUserName><FromUserName>oE</FromUserName><CreateTime>123</CreateTime><MsgType>event</MsgType><Event>subscribe</Event></xml>`;
    const [a, b] = await Promise.all([post(xml), post(xml)]);
    expect(content(a)).toBe(content(b));
  });
});

describe("the reply deadline", () => {
  it("replies success in time and sends the late answer through the customer-service API", async () => {
    stub = await stubWechatApi();
    const { post, calls } = setup({ delayMs: 800, deadlineMs: 300, api: true });
    const xml = textXml("在外省住院医保能直接结算吗", "oLate", "7000000000000000002");
    const started = Date.now();
    const res = await post(xml);
    expect(res.text).toBe("success");
    expect(Date.now() - started).toBeLessThan(700);
    // WeChat retries: no second answer, no second message.
    const retries = await Promise.all([post(xml), post(xml)]);
    expect(retries.map((r) => r.text)).toEqual(["success", "success"]);
    await waitFor(() => stub!.sent.length > 0);
    await sleep(200);
    expect(calls).toHaveLength(1);
    expect(stub.sent).toHaveLength(1);
    expect(stub.sent[0]!.body).toEqual({ touser: "oLate", msgtype: "text", text: { content: expect.stringContaining("来源：") } });
    expect(stub.sent[0]!.accessToken).toBe("TOKEN-1");
    expect(Object.fromEntries(stub.tokenRequests[0]!)).toEqual({ grant_type: "client_credential", appid: APP_ID, secret: "s3cret" });
    expect(content(await post(xml))).toBe("success");
  });

  it("without an AppSecret replies success, and a later retry can still carry the answer", async () => {
    const { post, calls } = setup({ delayMs: 500, deadlineMs: 300 });
    const xml = textXml("医保", "oNoApi", "7000000000000000003");
    expect((await post(xml)).text).toBe("success");
    await sleep(300);
    expect(content(await post(xml))).toContain("来源：");
    expect(calls).toHaveLength(1);
  });
});

describe("long answers", () => {
  it("carries the first part passively and the rest through the API, never cutting 财金〔2020〕21号 or a number", async () => {
    stub = await stubWechatApi();
    const { post } = setup({ answer: LONG, api: true, deadlineMs: 2000 });
    const first = content(await post(textXml("创业担保贷款", "oLong")))!;
    await waitFor(() => stub!.sent.length >= 1);
    await sleep(200);
    const parts = [first, ...stub.sent.map((s) => s.body.text.content)];
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
      expect(part).toMatch(/^个人创业担保贷款最高额度为20万元/);
      expect(part.match(/〔/g)?.length).toBe(part.match(/〔2020〕21号/g)?.length);
    }
    expect(parts.at(-1)).toContain(SOURCE);
    expect(stub.sent.every((s) => s.body.touser === "oLong")).toBe(true);
  });

  it("shortens at a sentence end with …… and keeps the source line when there is no API", async () => {
    const { post } = setup({ answer: LONG });
    const text = content(await post(textXml("创业担保贷款", "oShort")))!;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(text).toMatch(/贷款期限最长3年。……\n来源：/);
    expect(text.endsWith(SOURCE)).toBe(true);
    expect(text.match(/〔/g)?.length).toBe(text.match(/〔2020〕21号/g)?.length);
  });
});
