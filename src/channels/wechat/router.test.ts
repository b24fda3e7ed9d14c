import request from "supertest";
import { describe, expect, it } from "vitest";
import { parseWechatXml } from "./xml.js";
import { createRateLimiter, createSessionIds, DEFAULT_LIMITS, memoryRateLimitStore } from "../../security/index.js";
import { TOKEN, chatResponse, fakeAssistant, inboundXml, replies, signedQuery, textXml, wechatApp, wechatConfig } from "./test-support.js";

const sessionIds = createSessionIds(Buffer.alloc(32, 7));

function setup(answer?: Parameters<typeof fakeAssistant>[0]) {
  const fake = fakeAssistant(answer);
  const app = wechatApp({ config: wechatConfig(), assistant: () => fake.assistant, sessionIds });
  const post = (xml: string, query: Record<string, string> = signedQuery()) =>
    request(app).post("/wechat").query(query).set("content-type", "text/xml").send(xml);
  return { ...fake, app, post };
}

const event = (name: string, extra: Record<string, string> = {}) =>
  inboundXml({ ToUserName: "gh_account", FromUserName: "oUser123", CreateTime: Math.floor(Math.random() * 1e9), MsgType: "event", Event: name, ...extra });

describe("GET /wechat (server verification)", () => {
  const { app } = setup();

  it("returns echostr unchanged when the signature matches", async () => {
    const res = await request(app).get("/wechat").query(signedQuery(TOKEN, { echostr: "8417368793726137462" }));
    expect(res.status).toBe(200);
    expect(res.text).toBe("8417368793726137462");
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("answers 401 with an empty body when it does not", async () => {
    for (const query of [signedQuery("wrongtoken", { echostr: "123" }), { ...signedQuery(TOKEN, { echostr: "123" }), nonce: "1" }, { echostr: "123" }]) {
      const res = await request(app).get("/wechat").query(query);
      expect(res.status).toBe(401);
      expect(res.text).toBe("");
    }
  });
});

describe("POST /wechat in plain mode", () => {
  it("answers a text message with a passive text reply addressed back to the follower", async () => {
    const { post, calls } = setup();
    const res = await post(textXml("在外省住院医保能直接结算吗", "oFollower"));
    expect(res.status).toBe(200);
    const reply = parseWechatXml(res.text);
    expect(reply).toMatchObject({ ToUserName: "oFollower", FromUserName: "gh_account", MsgType: "text" });
    expect(Number(reply.CreateTime)).toBeCloseTo(Date.now() / 1000, -1);
    expect(reply.Content).toBe(`可以。\n来源：国家医保局《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）；跨省就医·直接结算`);
    expect(res.text).toContain("<Content><![CDATA[可以。");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ message: "在外省住院医保能直接结算吗", sessionId: sessionIds.forFollower("oFollower"), channel: "wechat", replyTo: "oFollower" });
    expect(calls[0]!.idempotencyKey).toMatch(/^wechat:id:oFollower:/);
    expect(calls[0]!.sessionId).toMatch(/^wx[A-Za-z0-9_-]{32}$/);
  });

  it("answers the recognised text of a voice message, and asks to type when there is none", async () => {
    const { post, calls } = setup();
    const voice = (extra: Record<string, string>) =>
      inboundXml({ ToUserName: "gh", FromUserName: "oUser", CreateTime: 1, MsgType: "voice", MediaId: "m", Format: "amr", MsgId: String(Math.random()), ...extra });
    await post(voice({ Recognition: "专利保护期多长" }));
    expect(calls.map((c) => c.message)).toEqual(["专利保护期多长"]);
    const res = await post(voice({}));
    expect(parseWechatXml(res.text).Content).toBe(replies.render("wechat_voice_unrecognised"));
    expect(calls).toHaveLength(1);
  });

  it.each(["subscribe", "SCAN"])("welcomes on the %s event", async (name) => {
    const { post, calls } = setup();
    const res = await post(event(name, { EventKey: "qrscene_1" }));
    const content = parseWechatXml(res.text).Content!;
    expect(content).toBe(replies.render("wechat_welcome"));
    for (const topic of ["医保", "入学教育", "企业融资", "知识产权", "企业开办注销", "养老社保", "户籍居住证"]) expect(content).toContain(topic);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["image", { PicUrl: "http://x/y.jpg", MediaId: "m" }],
    ["location", { Location_X: "23.1", Location_Y: "113.3", Scale: "20", Label: "广州" }],
    ["link", { Title: "t", Description: "d", Url: "http://x" }],
    ["video", { MediaId: "m", ThumbMediaId: "t" }],
  ])("says only text and voice are supported for %s", async (type, extra) => {
    const { post, calls } = setup();
    const res = await post(inboundXml({ ToUserName: "gh", FromUserName: "oUser", CreateTime: 1, MsgType: type, MsgId: String(Math.random()), ...extra }));
    expect(parseWechatXml(res.text).Content).toBe(replies.render("wechat_unsupported"));
    expect(calls).toHaveLength(0);
  });

  it("replies success and nothing else to unsubscribe", async () => {
    const { post, calls } = setup();
    const res = await post(event("unsubscribe"));
    expect(res.status).toBe(200);
    expect(res.text).toBe("success");
    expect(calls).toHaveLength(0);
  });

  it("gives the polite internal_error reply when answering throws", async () => {
    const { post } = setup(() => {
      throw new Error("index exploded");
    });
    const res = await post(textXml("医保"));
    expect(res.status).toBe(200);
    expect(parseWechatXml(res.text).Content).toBe(replies.render("internal_error"));
  });

  it("escapes ]]> in the content", async () => {
    const { post } = setup(() => chatResponse({ answer: "a]]>b" }));
    const res = await post(textXml("x"));
    expect(parseWechatXml(res.text).Content).toBe("a]]>b");
  });

  it("answers 503 while the assistant is loading, so WeChat retries", async () => {
    const app = wechatApp({ config: wechatConfig(), assistant: () => null });
    const res = await request(app).post("/wechat").query(signedQuery()).send(textXml("医保"));
    expect(res.status).toBe(503);
  });
});

describe("POST /wechat rejects bad input without answering", () => {
  it.each([
    ["malformed XML", "<xml><Content>医保</xml>"],
    ["a non-XML body", "message=医保"],
    ["an empty body", ""],
    ["XML without the message fields", "<xml><Content>医保</Content></xml>"],
    ["a DTD", `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "b">]><xml><ToUserName>a</ToUserName></xml>`],
  ])("400 for %s", async (_name, body) => {
    const { post, calls } = setup();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.text).toBe("");
    expect(calls).toHaveLength(0);
  });

  it("401 for a wrong or missing signature", async () => {
    const { post, calls } = setup();
    for (const query of [signedQuery("wrongtoken"), { timestamp: "1", nonce: "2" }, { ...signedQuery(), timestamp: "1" }]) {
      const res = await post(textXml("医保"), query);
      expect(res.status).toBe(401);
      expect(res.text).toBe("");
    }
    expect(calls).toHaveLength(0);
  });

  it("400 for an unknown encrypt_type", async () => {
    const { post, calls } = setup();
    expect((await post(textXml("医保"), signedQuery(TOKEN, { encrypt_type: "rot13" }))).status).toBe(400);
    expect(calls).toHaveLength(0);
  });
});

describe("per-follower limits", () => {
  it("answers a follower past the limit with a polite refusal instead of the assistant, others unaffected", async () => {
    const fake = fakeAssistant();
    const store = memoryRateLimitStore();
    const limiter = createRateLimiter({ ...DEFAULT_LIMITS, wechat: { perAddress: 0, perSession: 3 } }, () => store);
    const app = wechatApp({ config: wechatConfig(), assistant: () => fake.assistant, limiter });
    const post = (from: string) => request(app).post("/wechat").query(signedQuery()).set("content-type", "text/xml").send(textXml("专利保护期多长", from));
    const replies4 = [];
    for (let i = 0; i < 4; i += 1) replies4.push(parseWechatXml((await post("oFlooder")).text).Content);
    expect(replies4[3]).toBe(replies.render("rate_limited"));
    expect(fake.calls).toHaveLength(3);
    expect(parseWechatXml((await post("oCalm")).text).Content).not.toBe(replies.render("rate_limited"));
  });
});
