import { describe, expect, it } from "vitest";
import { answeringCitation, pipelineFacts } from "./pipeline-facts.testing.js";
import { bundledSection } from "./bundled-facts.testing.js";

// Plain national facts added on 2026-12-06 (issue 10: people ask what a law states outright), each read in the
// version in force as mirrored by LawRefBook/Laws: 劳动合同法 (2012修正), 劳动合同法实施条例 (国务院令第535号),
// 工伤保险条例 (国务院令第586号), 社会保险法 (2018修正), 居民身份证法, 专利法 (2020修正) with its 实施细则
// (国务院令第769号), and 民法典 物权编. Colloquial questions go through the real answer pipeline.
const { answeredFrom } = pipelineFacts("law-facts");

describe("劳动合同法 and its 实施条例", () => {
  it("a fixed-term contract the employer does not renew earns 经济补偿 (第四十六条)", async () => {
    const response = await answeredFrom("合同到期了公司不跟我续签，能拿补偿吗", "enterprise-labour-contract-basics");
    expect(answeringCitation(response)?.basis).toContain("第四十六条");
    expect(response.answer).toContain("维持或者提高");
  });

  it("dismissal for incapacity needs 30 days' written notice or one extra month's pay (第四十条)", async () => {
    const response = await answeredFrom("公司说我干不了这活要辞我，不用提前通知吗", "enterprise-labour-contract-basics");
    expect(response.answer).toContain("提前30日以书面形式通知");
    expect(response.answer).toContain("额外支付1个月工资");
  });

  it("layoffs of 20 or more, or 10% of staff, are explained 30 days ahead (第四十一条)", () => {
    const section = bundledSection("enterprise-labour-contract-basics", "公司裁员有什么规定");
    expect(section.body).toMatch(/20人以上.*10%以上.*提前30日/);
    expect(section.basis).toBe("第四十一条、第四十六条");
  });

  it("double pay for no written contract runs for at most 11 months (实施条例第六条、第七条)", async () => {
    const response = await answeredFrom("没签合同双倍工资最多能要几个月", "enterprise-labour-contract-regulation");
    expect(answeringCitation(response)).toMatchObject({ docNo: "国务院令第535号", basis: "第六条、第七条" });
    expect(response.answer).toContain("满1个月的次日");
    expect(response.answer).toContain("11个月");
  });

  it("the compensation wage base includes bonuses and allowances (实施条例第二十七条)", async () => {
    const response = await answeredFrom("算经济补偿的时候奖金算不算", "enterprise-labour-contract-regulation");
    expect(response.answer).toContain("奖金、津贴和补贴");
  });
});

describe("工伤保险条例 and 社会保险法", () => {
  it("生活护理费 is 50%, 40% or 30% of last year's average monthly wage (条例第三十四条)", async () => {
    const response = await answeredFrom("我爸工伤后瘫痪了需要人照顾，有护理费吗", "social-security-work-injury-benefits");
    expect(answeringCitation(response)).toMatchObject({ docNo: "国务院令第586号" });
    expect(response.answer).toMatch(/50%、40%、30%/);
  });

  it("injuries while drunk are not recognised as work injuries (条例第十六条)", async () => {
    const response = await answeredFrom("喝多了酒干活从架子上掉下来能报工伤不", "social-security-work-injury");
    expect(response.answer).toContain("醉酒或者吸毒");
    expect(response.answer).toContain("不得认定为工伤");
  });

  it("the unemployment-insurance relationship moves with the worker and years add up (社会保险法第五十二条)", async () => {
    const response = await answeredFrom("我从杭州换到苏州上班，失业保险能带过去吗", "social-security-insurance-rights");
    expect(response.answer).toContain("失业保险关系随本人转移，缴费年限累计计算");
  });
});

describe("居民身份证法, 专利法 and 民法典", () => {
  it("marriage registration is one of the acts that require the ID card (身份证法第十四条)", async () => {
    const response = await answeredFrom("去民政局领结婚证必须带身份证吗", "residence-id-card");
    expect(answeringCitation(response)?.basis).toBe("第十四条、第十三条");
    expect(response.answer).toContain("婚姻登记");
  });

  it("domestic priority: 12 months for inventions, restorable within 2 months (专利法第二十九条; 细则第三十六条)", async () => {
    const response = await answeredFrom("优先权过了12个月还能恢复吗", "ip-patent-law");
    expect(response.answer).toContain("在中国第一次提出专利申请之日起12个月内");
    expect(response.answer).toContain("2个月内请求恢复优先权");
  });

  it("宅基地 use rights may not be mortgaged (民法典第三百九十九条)", async () => {
    const response = await answeredFrom("农村的宅基地可以拿去银行抵押吗", "financing-receivables-movables-security");
    expect(answeringCitation(response)?.basis).toBe("第三百九十五条、第三百九十九条");
    expect(response.answer).toContain("宅基地");
    expect(response.answer).toContain("不得抵押");
  });
});
