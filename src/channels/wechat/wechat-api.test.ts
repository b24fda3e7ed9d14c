import { afterEach, describe, expect, it } from "vitest";
import { APP_ID, stubWechatApi } from "./test-support.js";
import { createWechatApi, WechatApiError } from "./wechat-api.js";

let stub: Awaited<ReturnType<typeof stubWechatApi>> | undefined;
afterEach(() => stub?.close());

describe("customer-service API client (against a local stub server)", () => {
  it("fetches an access token once, caches it, and sends text messages", async () => {
    stub = await stubWechatApi();
    const api = createWechatApi({ apiBase: stub.base, appId: APP_ID, appSecret: "s3cret" });
    await Promise.all([api.sendText("oUser", "第一条"), api.sendText("oUser", "第二条")]);
    await api.sendText("oUser", "第三条");
    expect(stub.tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(stub.tokenRequests[0]!)).toEqual({ grant_type: "client_credential", appid: APP_ID, secret: "s3cret" });
    expect(stub.sent.map((s) => s.body)).toEqual(
      ["第一条", "第二条", "第三条"].map((content) => ({ touser: "oUser", msgtype: "text", text: { content } })),
    );
    expect(new Set(stub.sent.map((s) => s.accessToken))).toEqual(new Set(["TOKEN-1"]));
  });

  it("renews the token shortly before expires_in", async () => {
    stub = await stubWechatApi({ expiresIn: 7200 });
    let now = 0;
    const api = createWechatApi({ apiBase: stub.base, appId: APP_ID, appSecret: "s3cret", now: () => now });
    await api.sendText("o", "a");
    now = (7200 - 301) * 1000;
    await api.sendText("o", "b");
    expect(stub.tokenRequests).toHaveLength(1);
    now = (7200 - 299) * 1000;
    await api.sendText("o", "c");
    expect(stub.tokenRequests).toHaveLength(2);
    expect(stub.sent.at(-1)!.accessToken).toBe("TOKEN-2");
  });

  it("fetches a new token once when WeChat says the cached one is invalid", async () => {
    stub = await stubWechatApi();
    const api = createWechatApi({ apiBase: stub.base, appId: APP_ID, appSecret: "s3cret" });
    await api.sendText("o", "a");
    stub.revokeAll();
    await api.sendText("o", "b");
    expect(stub.tokenRequests).toHaveLength(2);
    expect(stub.sent.map((s) => s.accessToken)).toEqual(["TOKEN-1", "TOKEN-2"]);
  });

  it("reports WeChat errors", async () => {
    stub = await stubWechatApi();
    const api = createWechatApi({ apiBase: stub.base, appId: APP_ID, appSecret: "wrong" });
    await expect(api.sendText("o", "a")).rejects.toThrow(WechatApiError);
    expect(stub.sent).toHaveLength(0);
  });
});
