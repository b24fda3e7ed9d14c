import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { MessageCrypto, MessageKeyRing, WechatCryptoError, pkcs7Pad, pkcs7Unpad } from "./message-crypto.js";
import { OFFICIAL_FIXED_VECTOR, OFFICIAL_SAMPLE } from "./official-sample.js";
import { AES_KEY, APP_ID, OLD_AES_KEY, TOKEN, nodeCryptoModule, referenceCrypto } from "./test-support.js";

const ours = new MessageCrypto(AES_KEY, APP_ID);
const reference = referenceCrypto(TOKEN, AES_KEY, APP_ID);
const plainLength = (message: string) => 16 + 4 + Buffer.byteLength(message) + Buffer.byteLength(APP_ID);

describe("PKCS#7 with 32-byte blocks", () => {
  it("pads 1..32 bytes to a multiple of 32 and removes exactly that", () => {
    for (let n = 0; n <= 64; n++) {
      const padded = pkcs7Pad(Buffer.alloc(n, 7));
      expect(padded.length % 32).toBe(0);
      expect(padded.length - n).toBeGreaterThanOrEqual(1);
      expect(padded.length - n).toBeLessThanOrEqual(32);
      expect(pkcs7Unpad(padded)).toEqual(Buffer.alloc(n, 7));
    }
  });

  it("rejects inconsistent padding", () => {
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(31, 1), Buffer.from([33])]))).toThrow(WechatCryptoError);
    expect(pkcs7Unpad(Buffer.concat([Buffer.alloc(28, 1), Buffer.from([4, 4, 4, 4])]))).toEqual(Buffer.alloc(28, 1));
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(28, 1), Buffer.from([9, 4, 4, 4])]))).toThrow(WechatCryptoError);
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(28, 1), Buffer.from([4, 3, 4, 4])]))).toThrow(WechatCryptoError);
    expect(() => pkcs7Unpad(Buffer.alloc(32, 0))).toThrow(WechatCryptoError);
  });
});

describe("MessageCrypto against wechat-crypto", () => {
  const messages = {
    short: "<xml><Content><![CDATA[你好]]></Content></xml>",
    long: `<xml><Content><![CDATA[${"医保异地就医直接结算".repeat(60)}]]></Content></xml>`,
  };

  it("decrypts what wechat-crypto encrypts, short and long", () => {
    for (const message of Object.values(messages)) expect(ours.decrypt(reference.encrypt(message))).toBe(message);
  });

  it("encrypts what wechat-crypto decrypts, with the AppId", () => {
    for (const message of Object.values(messages)) {
      expect(reference.decrypt(ours.encrypt(message))).toEqual({ message, id: APP_ID });
    }
  });

  it("handles a message whose 32-byte padding is longer than 16 bytes (Node's auto padding would fail)", () => {
    let message = "政策问答";
    while (32 - (plainLength(message) % 32) <= 16) message += "a";
    const pad = 32 - (plainLength(message) % 32);
    expect(pad).toBeGreaterThan(16);
    const encrypted = ours.encrypt(message);
    expect(Buffer.from(encrypted, "base64").length).toBe(plainLength(message) + pad);
    expect(reference.decrypt(encrypted).message).toBe(message);
    expect(ours.decrypt(reference.encrypt(message))).toBe(message);
    // Node's default (16-byte PKCS#7) cannot remove a 17..32-byte pad.
    const key = Buffer.from(`${AES_KEY}=`, "base64");
    const decipher = crypto.createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
    expect(() => Buffer.concat([decipher.update(Buffer.from(encrypted, "base64")), decipher.final()])).toThrow();
  });

  it("produces ciphertext byte-identical to wechat-crypto for the same random prefix", () => {
    const random = Buffer.from("0123456789abcdef");
    const original = nodeCryptoModule.pseudoRandomBytes;
    nodeCryptoModule.pseudoRandomBytes = () => Buffer.from(random);
    try {
      for (const message of Object.values(messages)) expect(ours.encrypt(message, random)).toBe(reference.encrypt(message));
    } finally {
      nodeCryptoModule.pseudoRandomBytes = original;
    }
  });
});

describe("MessageCrypto against WeChat's official sample vectors", () => {
  it("decrypts the official sample message", () => {
    const sample = new MessageCrypto(OFFICIAL_SAMPLE.aesKey, OFFICIAL_SAMPLE.appId);
    const xml = sample.decrypt(OFFICIAL_SAMPLE.encrypt);
    expect(xml).toContain(`<Content><![CDATA[${OFFICIAL_SAMPLE.content}]]></Content>`);
    expect(xml).toContain(`<MsgId>${OFFICIAL_SAMPLE.msgId}</MsgId>`);
  });

  it("reproduces the official fixed vector byte for byte", () => {
    const { aesKey, appId, random, message, encrypted } = OFFICIAL_FIXED_VECTOR;
    const fixed = new MessageCrypto(aesKey, appId);
    expect(fixed.encrypt(message, Buffer.from(random))).toBe(encrypted);
    expect(fixed.decrypt(encrypted)).toBe(message);
  });
});

describe("rejections and key rotation", () => {
  it("rejects another AppId, tampered ciphertext and non-base64", () => {
    const other = referenceCrypto(TOKEN, AES_KEY, "wxSomeoneElse0000");
    expect(() => ours.decrypt(other.encrypt("<xml/>"))).toThrow(/AppId/);
    const bytes = Buffer.from(reference.encrypt("<xml/>"), "base64");
    bytes[bytes.length - 1]! ^= 0xff;
    expect(() => ours.decrypt(bytes.toString("base64"))).toThrow(WechatCryptoError);
    expect(() => ours.decrypt("not base64!")).toThrow(WechatCryptoError);
    expect(() => ours.decrypt(Buffer.alloc(20).toString("base64"))).toThrow(WechatCryptoError);
  });

  it("rejects a malformed EncodingAESKey", () => {
    expect(() => new MessageCrypto("short", APP_ID)).toThrow(WechatCryptoError);
  });

  it("tries the current key, then the previous one, and says which one worked", () => {
    const ring = new MessageKeyRing(APP_ID, AES_KEY, OLD_AES_KEY);
    const oldReference = referenceCrypto(TOKEN, OLD_AES_KEY, APP_ID);
    const fromOld = ring.decrypt(oldReference.encrypt("<xml>old</xml>"));
    expect(fromOld.message).toBe("<xml>old</xml>");
    expect(oldReference.decrypt(fromOld.crypto.encrypt("reply")).message).toBe("reply");
    expect(ring.decrypt(reference.encrypt("<xml>new</xml>")).crypto).toBe(ring.keys[0]);
    const stranger = referenceCrypto(TOKEN, "A".repeat(43), APP_ID);
    expect(() => ring.decrypt(stranger.encrypt("<xml/>"))).toThrow(WechatCryptoError);
  });
});
