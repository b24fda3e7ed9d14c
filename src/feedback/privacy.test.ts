import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./privacy.js";

describe("maskPersonalData", () => {
  it("masks ID card, mobile and bank card numbers", () => {
    const masked = maskPersonalData("我身份证110101199003071234，手机13812345678，卡号6222020200112233445，帮我查");
    expect(masked).toBe("我身份证110101********1234，手机138****5678，卡号6222***********3445，帮我查");
  });

  it("masks an ID card ending in X and a 15-digit old card", () => {
    expect(maskPersonalData("44010619850101002X")).toBe("440106********002X");
    expect(maskPersonalData("旧证号110101900307123")).toBe("旧证号110101******123");
  });

  it("leaves ordinary numbers alone", () => {
    const text = "创业担保贷款最高20万元，期限3年，12345热线，2025年1月1日起";
    expect(maskPersonalData(text)).toBe(text);
  });
});
