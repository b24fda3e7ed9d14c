import crypto from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { signedQuery, textXml, fakeAssistant, wechatApp, wechatConfig, TOKEN, chatResponse } from "./test-support.js";
import { wechatSignature } from "./signature.js";
import { parseWechatXml } from "./xml.js";

/** A URL signed like WeChat's, at a chosen time. */
function signedAt(seconds: number, nonce = String(crypto.randomInt(1e9))) {
  const timestamp = String(seconds);
  return { timestamp, nonce, signature: wechatSignature(TOKEN, timestamp, nonce) };
}

function setup() {
  const fake = fakeAssistant((req) => chatResponse({ answer: `给 ${req.replyTo} 的答复` }));
  const app = wechatApp({ config: wechatConfig(), assistant: () => fake.assistant });
  const post = (query: Record<string, string>, xml: string) => request(app).post("/wechat").query(query).set("content-type", "text/xml").send(xml);
  return { ...fake, post };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

// Defect 2 (issue 12): plain mode accepted any timestamp, so one captured signed URL let anyone
// post as any FromUserName forever.
describe("WeChat replay protection (plain mode signs only the URL)", () => {
  it.each([
    ["a week old", nowSeconds() - 7 * 86_400],
    ["from the year 2000", 946_684_800],
    ["six minutes ahead", nowSeconds() + 360],
  ])("refuses a correctly signed URL %s", async (_name, seconds) => {
    const { post, calls } = setup();
    const res = await post(signedAt(seconds), textXml("我冒充别人提问", "oVictim"));
    expect(res.status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it("accepts a timestamp within five minutes", async () => {
    const { post } = setup();
    expect((await post(signedAt(nowSeconds() - 240), textXml("专利保护期多长"))).status).toBe(200);
  });

  it("refuses a captured URL (timestamp and nonce) replayed with a new body", async () => {
    const { post, calls } = setup();
    const query = signedQuery();
    expect((await post(query, textXml("专利保护期多长", "oHonest"))).status).toBe(200);
    const replayed = await post(query, textXml("我冒充别人提问", "oVictim"));
    expect(replayed.status).toBe(401);
    expect(calls.map((c) => c.replyTo)).toEqual(["oHonest"]);
  });

  it("still lets WeChat's own retry (same URL, same body) through to the first answer", async () => {
    const { post, calls } = setup();
    const query = signedQuery();
    const xml = textXml("专利保护期多长", "oHonest");
    const [first, retry] = [await post(query, xml), await post(query, xml)];
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(parseWechatXml(retry.text).Content).toBe(parseWechatXml(first.text).Content);
    expect(calls).toHaveLength(1);
  });
});

// Defect 3 (issue 12): deduplication by MsgId alone let a second follower who sent another
// follower's MsgId receive that follower's reply, ticket number included.
describe("deduplication is per follower", () => {
  it("answers a second follower who reuses another's MsgId with their own answer", async () => {
    const { post, calls } = setup();
    const first = await post(signedQuery(), textXml("我的社保交了几年", "oAlice", "7001"));
    const second = await post(signedQuery(), textXml("随便问问", "oMallory", "7001"));
    expect(parseWechatXml(first.text).Content).toContain("oAlice");
    expect(parseWechatXml(second.text).Content).not.toContain("oAlice");
    expect(parseWechatXml(second.text).Content).toContain("oMallory");
    expect(calls.map((c) => c.replyTo)).toEqual(["oAlice", "oMallory"]);
    expect(calls[0]!.idempotencyKey).not.toBe(calls[1]!.idempotencyKey); // the ticket store keys them apart too
  });
});
