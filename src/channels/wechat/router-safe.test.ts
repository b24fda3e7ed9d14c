import crypto from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { OFFICIAL_SAMPLE } from "./official-sample.js";
import { wechatSignature } from "./signature.js";
import { AES_KEY, APP_ID, OLD_AES_KEY, TOKEN, fakeAssistant, referenceCrypto, signedQuery, textXml, wechatApp, wechatConfig } from "./test-support.js";
import { parseWechatXml } from "./xml.js";

function setup(config = wechatConfig({ aesKey: AES_KEY, previousAesKey: OLD_AES_KEY })) {
  const fake = fakeAssistant();
  const app = wechatApp({ config, assistant: () => fake.assistant });
  return { ...fake, app };
}

/** What WeChat posts in safe mode: the envelope, and timestamp/nonce/signature/msg_signature in the URL. */
function safePost(app: ReturnType<typeof setup>["app"], xml: string, options: { key?: string; appId?: string; tamper?: (q: Record<string, string>) => void } = {}) {
  const wx = referenceCrypto(TOKEN, options.key ?? AES_KEY, options.appId ?? APP_ID);
  const encrypt = wx.encrypt(xml);
  const query: Record<string, string> = { ...signedQuery(), encrypt_type: "aes", openid: "oUser123" };
  query.msg_signature = wx.getSignature(query.timestamp!, query.nonce!, encrypt);
  options.tamper?.(query);
  const body = `<xml><ToUserName><![CDATA[gh_account]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  return request(app).post("/wechat").query(query).set("content-type", "text/xml").send(body);
}

/** Checks the encrypted reply's signature and decrypts it with wechat-crypto. */
function openReply(res: request.Response, key = AES_KEY) {
  const envelope = parseWechatXml(res.text);
  const wx = referenceCrypto(TOKEN, key, APP_ID);
  expect(envelope.MsgSignature).toBe(wx.getSignature(envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!));
  const { message, id } = wx.decrypt(envelope.Encrypt!);
  expect(id).toBe(APP_ID);
  return parseWechatXml(message);
}

describe("POST /wechat in safe mode, against wechat-crypto", () => {
  it("decrypts a message encrypted by wechat-crypto and encrypts the reply so wechat-crypto can read it", async () => {
    const { app, calls } = setup();
    const res = await safePost(app, textXml("在外省住院医保能直接结算吗", "oSafe"));
    expect(res.status).toBe(200);
    expect(calls.map((c) => c.message)).toEqual(["在外省住院医保能直接结算吗"]);
    const reply = openReply(res);
    expect(reply).toMatchObject({ ToUserName: "oSafe", FromUserName: "gh_account", MsgType: "text" });
    expect(reply.Content).toContain("来源：");
  });

  it("accepts a message encrypted with the previous key during rotation and replies with that key", async () => {
    const { app, calls } = setup();
    const res = await safePost(app, textXml("医保", "oOld"), { key: OLD_AES_KEY });
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(openReply(res, OLD_AES_KEY).ToUserName).toBe("oOld");
  });

  it("still accepts plain posts (encrypt_type=raw or none) when a key is configured", async () => {
    const { app, calls } = setup();
    for (const query of [signedQuery(TOKEN, { encrypt_type: "raw" }), signedQuery()]) {
      const res = await request(app).post("/wechat").query(query).send(textXml("医保"));
      expect(parseWechatXml(res.text).MsgType).toBe("text");
    }
    expect(calls).toHaveLength(2);
  });

  it("handles WeChat's own sample message (official SDK vector)", async () => {
    const { token, aesKey, appId, timestamp, nonce, msgSignature, encrypt } = OFFICIAL_SAMPLE;
    const fake = fakeAssistant();
    const app = wechatApp({
      config: wechatConfig({ token, aesKey, appId, replyDeadlineMs: 2000 }),
      assistant: () => fake.assistant,
      now: () => Number(timestamp) * 1000, // the sample is dated; older posts are refused as replays
    });
    const res = await request(app)
      .post("/wechat")
      .query({ timestamp, nonce, msg_signature: msgSignature, encrypt_type: "aes" })
      .send(`<xml><ToUserName><![CDATA[${OFFICIAL_SAMPLE.toUser}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
    expect(res.status).toBe(200);
    expect(fake.calls.map((c) => c.message)).toEqual([OFFICIAL_SAMPLE.content]);
    const envelope = parseWechatXml(res.text);
    const wx = referenceCrypto(token, aesKey, appId);
    expect(wx.decrypt(envelope.Encrypt!).message).toContain(`<ToUserName><![CDATA[${OFFICIAL_SAMPLE.fromUser}]]>`);
  });
});

describe("safe-mode rejections: nothing is answered", () => {
  it.each([
    ["a wrong msg_signature", { tamper: (q: Record<string, string>) => (q.msg_signature = "0".repeat(40)) }, 401],
    ["a missing msg_signature", { tamper: (q: Record<string, string>) => delete q.msg_signature }, 401],
    ["a wrong URL signature", { tamper: (q: Record<string, string>) => (q.signature = "0".repeat(40)) }, 401],
    ["another AppId", { appId: "wxAnotherAccount00" }, 400],
    ["an unknown key", { key: crypto.createHash("sha256").update("stranger").digest("base64").slice(0, 43) }, 400],
  ])("rejects %s", async (_name, options, status) => {
    const { app, calls } = setup();
    const res = await safePost(app, textXml("医保"), options);
    expect(res.status).toBe(status);
    expect(res.text).toBe("");
    expect(calls).toHaveLength(0);
  });

  it("rejects bad envelope XML, a missing Encrypt and bad padding with 400", async () => {
    const { app, calls } = setup();
    const query = () => ({ ...signedQuery(), encrypt_type: "aes" });
    const withSignature = (encrypt: string) => {
      const q = query();
      return { ...q, msg_signature: wechatSignature(TOKEN, q.timestamp, q.nonce, encrypt) };
    };
    expect((await request(app).post("/wechat").query(query()).send("<xml><Encrypt>")).status).toBe(400);
    expect((await request(app).post("/wechat").query(query()).send("<xml><ToUserName>a</ToUserName></xml>")).status).toBe(400);
    // Correctly signed, but the pad byte (the last plaintext byte, 1..32) decrypts to 53..117: bad padding.
    const ciphertext = Buffer.from(referenceCrypto(TOKEN, AES_KEY, APP_ID).encrypt(textXml("医保")), "base64");
    ciphertext[ciphertext.length - 17]! ^= 0x55;
    const garbled = ciphertext.toString("base64");
    const res = await request(app).post("/wechat").query(withSignature(garbled)).send(`<xml><Encrypt><![CDATA[${garbled}]]></Encrypt></xml>`);
    expect(res.status).toBe(400);
    expect(calls).toHaveLength(0);
  });
});

describe("GET /wechat in safe mode", () => {
  it("verifies msg_signature over echostr and returns the decrypted echostr", async () => {
    const { app } = setup();
    const wx = referenceCrypto(TOKEN, AES_KEY, APP_ID);
    const echostr = wx.encrypt("1616140317555161061");
    const q = signedQuery();
    const res = await request(app)
      .get("/wechat")
      .query({ timestamp: q.timestamp, nonce: q.nonce, echostr, msg_signature: wx.getSignature(q.timestamp, q.nonce, echostr) });
    expect(res.status).toBe(200);
    expect(res.text).toBe("1616140317555161061");
    const bad = await request(app).get("/wechat").query({ timestamp: q.timestamp, nonce: q.nonce, echostr, msg_signature: "0".repeat(40) });
    expect(bad.status).toBe(401);
    expect(bad.text).toBe("");
  });

  it("still accepts the plain signature with an unencrypted echostr", async () => {
    const { app } = setup();
    const res = await request(app).get("/wechat").query(signedQuery(TOKEN, { echostr: "abc123" }));
    expect(res.text).toBe("abc123");
  });
});
