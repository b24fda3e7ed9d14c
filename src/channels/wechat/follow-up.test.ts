import request from "supertest";
import { describe, expect, it } from "vitest";
import { ClarifyOptions } from "./follow-up.js";
import { createSessionIds } from "../../security/index.js";
import { chatResponse, fakeAssistant, signedQuery, textXml, wechatApp, wechatConfig } from "./test-support.js";

describe("ClarifyOptions", () => {
  it("reads a bare number (or 第N个) as the offered option, per follower", () => {
    const options = new ClarifyOptions();
    options.remember("oA", ["异地就医备案", "门诊报销"]);
    expect(options.resolve("oA", "2")).toBe("门诊报销");
    expect(options.resolve("oA", " 第1个 ")).toBe("异地就医备案");
    expect(options.resolve("oA", "２")).toBe("门诊报销");
    expect(options.resolve("oA", "3")).toBe("3");
    expect(options.resolve("oA", "2个孩子能报吗")).toBe("2个孩子能报吗");
    expect(options.resolve("oB", "1")).toBe("1");
    options.forget("oA");
    expect(options.resolve("oA", "1")).toBe("1");
  });

  it("expires offers and stays bounded", () => {
    let now = 0;
    const options = new ClarifyOptions(1000, 2, () => now);
    options.remember("a", ["x"]);
    options.remember("b", ["y"]);
    options.remember("c", ["z"]);
    expect(options.resolve("a", "1")).toBe("1");
    expect(options.resolve("c", "1")).toBe("z");
    now = 2000;
    expect(options.resolve("c", "1")).toBe("1");
  });
});

describe("session ids", () => {
  it("derives a stable, valid session id from the OpenID and the server secret", () => {
    const ids = createSessionIds(Buffer.alloc(32, 1));
    expect(ids.forFollower("oUser")).toBe(ids.forFollower("oUser"));
    expect(ids.forFollower("oUser")).not.toBe(ids.forFollower("oOther"));
    expect(ids.forFollower("o-6_bmasdasdsad6_2sgVt7hMZOPfL")).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
    expect(createSessionIds(Buffer.alloc(32, 2)).forFollower("oUser")).not.toBe(ids.forFollower("oUser"));
  });
});

describe("numbered follow-ups through the router", () => {
  it("sends the chosen option to the assistant after a clarifying question", async () => {
    const fake = fakeAssistant((req) =>
      req.message === "医保"
        ? chatResponse({ status: "clarify", answer: "您想了解哪一项？", suggestions: ["异地就医备案", "门诊报销"] })
        : chatResponse(),
    );
    const app = wechatApp({ config: wechatConfig(), assistant: () => fake.assistant });
    await request(app).post("/wechat").query(signedQuery()).send(textXml("医保", "oF"));
    await request(app).post("/wechat").query(signedQuery()).send(textXml("2", "oF"));
    expect(fake.calls.map((c) => c.message)).toEqual(["医保", "门诊报销"]);
  });
});
