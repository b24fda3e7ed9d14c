import { describe, expect, it } from "vitest";
import { ELLIPSIS, MAX_REPLY_BYTES, shortenReply, splitReply } from "./fit-reply.js";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
const SOURCE = "来源：财政部《关于加大创业担保贷款贴息力度的通知》（财金〔2020〕21号）；创业担保贷款·额度与贴息";
const SENTENCE = "个人创业担保贷款最高额度为20万元，贷款期限最长3年，贴息标准按LPR减150个基点执行（财金〔2020〕21号）。";

/** A long answer: many sentences with numbers and a 文号, then the source line. */
const longAnswer = (n: number) => `${SENTENCE.repeat(n)}\n${SOURCE}`;

/** Every 文号 and figure still appears whole in some part. */
function expectIntact(parts: string[]) {
  for (const part of parts) {
    expect(bytes(part)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(part).not.toMatch(/^(〔|\d*〕|\d+号|万元|个基点)/);
    for (const wenhao of part.match(/〔[^〕]*〕?\d*号?/g) ?? []) expect(wenhao).toMatch(/^〔2020〕21号$/);
  }
}

describe("splitReply", () => {
  it("leaves a short reply alone", () => {
    expect(splitReply("一句话。")).toEqual(["一句话。"]);
  });

  it("splits a long reply at sentence ends, under 2047 bytes, 文号 and figures whole, source line kept", () => {
    const text = longAnswer(60);
    expect(bytes(text)).toBeGreaterThan(4 * MAX_REPLY_BYTES);
    const parts = splitReply(text);
    expect(parts.length).toBeGreaterThan(4);
    expectIntact(parts);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/。$/);
    expect(parts.at(-1)).toContain(SOURCE);
    expect(parts.join("").replaceAll("\n", "")).toBe(text.replaceAll("\n", ""));
  });

  it("cuts one over-long sentence only between protected spans, preferring commas", () => {
    const sentence = `${"补贴标准为每人每月1,250.50元，".repeat(80)}依据财金〔2020〕21号执行。`;
    const parts = splitReply(sentence, 300);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(300);
      expect(part).toMatch(/^(补贴|依据)/);
    }
    expect(parts.join("")).toBe(sentence);
  });

  it("never cuts a number even without punctuation", () => {
    const digits = `编号${"1234567890".repeat(3)}之后${"政".repeat(200)}`;
    const parts = splitReply(digits, 100);
    expect(parts.join("")).toBe(digits);
    expect(parts.filter((p) => /\d/.test(p))).toHaveLength(1);
  });
});

describe("shortenReply", () => {
  it("keeps whole sentences, adds ……, and keeps the source line", () => {
    const shortened = shortenReply(longAnswer(40));
    expect(bytes(shortened)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(shortened).toContain(`。${ELLIPSIS}\n${SOURCE}`);
    expect(shortened.startsWith(SENTENCE)).toBe(true);
    expectIntact([shortened]);
  });

  it("keeps the ticket number line too", () => {
    const shortened = shortenReply(`${SENTENCE.repeat(40)}\n工单号：T-20240101-0001`);
    expect(shortened.endsWith(`${ELLIPSIS}\n工单号：T-20240101-0001`)).toBe(true);
  });

  it("returns a reply that fits unchanged", () => {
    expect(shortenReply(longAnswer(2))).toBe(longAnswer(2));
  });
});
