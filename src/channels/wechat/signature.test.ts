import { describe, expect, it } from "vitest";
import { signatureMatches, verifySignature, wechatSignature } from "./signature.js";
import { OFFICIAL_SAMPLE } from "./official-sample.js";

describe("WeChat signatures", () => {
  it("reproduces msg_signature of the official sample (Sample.py of WeChat's WXBizMsgCrypt)", () => {
    const { token, timestamp, nonce, encrypt, msgSignature } = OFFICIAL_SAMPLE;
    expect(wechatSignature(token, timestamp, nonce, encrypt)).toBe(msgSignature);
  });

  it("sorts the parts in dictionary order before hashing", () => {
    expect(wechatSignature("b", "a", "c")).toBe(wechatSignature("c", "b", "a"));
    expect(wechatSignature("token", "1409735669", "1320562132")).toMatch(/^[0-9a-f]{40}$/);
  });

  it("accepts only the exact signature", () => {
    const good = wechatSignature("token", "1", "2");
    expect(verifySignature("token", good, "1", "2")).toBe(true);
    expect(verifySignature("token", good.toUpperCase(), "1", "2")).toBe(true);
    expect(verifySignature("token", good, "1", "3")).toBe(false);
    expect(verifySignature("other", good, "1", "2")).toBe(false);
    expect(signatureMatches(good.slice(1), good)).toBe(false);
    expect(signatureMatches(undefined, good)).toBe(false);
    expect(signatureMatches(["a"], good)).toBe(false);
  });
});
