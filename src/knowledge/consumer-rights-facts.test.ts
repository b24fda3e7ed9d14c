import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// Figures of enterprise-consumer-rights, each read on 2026-12-06 from the article text of the
// 消费者权益保护法 (2013 修正) and the 食品安全法 (2021 修正) in the LawRefBook/Laws mirror (issue 10).
const doc = bundledDocument("enterprise-consumer-rights");

describe("consumer-rights figures match the articles they cite", () => {
  it("欺诈: extra compensation of 3 times the price, at least 500元 (第五十五条)", () => {
    const fraud = doc.section("欺诈");
    expect(fraud.basis).toBe("第五十五条");
    expect(fraud.body).toMatch(/价款或服务费用的3倍.*不足500元的，按500元赔/);
  });

  it("明知缺陷致死伤: punitive damages up to 2 times the loss (第五十五条第二款)", () => {
    expect(doc.section("明知产品有缺陷").body).toContain("不超过所受损失2倍");
  });

  it("七日无理由退货 runs from receipt, lists the four statutory exceptions, refund within 7 days (第二十五条)", () => {
    const online = doc.section("七天无理由退货怎么算");
    expect(online.basis).toBe("第二十五条");
    expect(online.body).toContain("自收到商品之日起7日内可以退货");
    for (const exception of ["定作", "鲜活易腐", "数字化商品", "报纸、期刊"]) expect(online.body).toContain(exception);
    expect(online.body).toContain("在购买时确认");
    const freight = doc.section("运费谁出").body;
    expect(freight).toContain("运费由消费者承担");
    expect(freight).toContain("收到退回的商品之日起7日内");
  });

  it("耐用商品 and 装饰装修: the business bears the burden of proof for 6 months (第二十三条)", () => {
    const proof = doc.section("出毛病");
    expect(proof.basis).toBe("第二十三条");
    expect(proof.body).toMatch(/6个月内发现瑕疵.*由经营者承担有关瑕疵的举证责任/);
  });

  it("食品不符合安全标准: 10 times the price or 3 times the loss, at least 1000元 (食品安全法第一百四十八条)", () => {
    const food = doc.section("食品");
    expect(food.basis).toBe("《食品安全法》第一百四十八条");
    expect(food.body).toMatch(/价款10倍或者损失3倍.*不足1000元的，按1000元赔/);
    expect(food.body).toContain("先行赔付");
  });
});
