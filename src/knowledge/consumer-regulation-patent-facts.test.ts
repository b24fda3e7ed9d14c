import { describe, expect, it } from "vitest";
import { answeringCitation, pipelineFacts } from "./pipeline-facts.testing.js";
import { bundledDocument } from "./bundled-facts.testing.js";

// Facts added on 2026-12-06 (issue 10, gaps users asked about), each read in the official text:
// 消费者权益保护法实施条例 (国务院令第778号, in force 2024-07-01; flk.npc.gov.cn text as a LawRefBook-format mirror gives it),
// 专利收费减缴办法 (财税〔2016〕78号; its 2016 income thresholds were changed by 财税〔2019〕45号, whose text was not
// found, so no threshold is stated) and 国家知识产权局公告第594号 (2024) that keeps it in force, and the
// 专利优先审查管理办法 of 国家知识产权局令第85号 (in force 2026-09-01, repealing 令第76号 of 2017), both as
// reproduced from cnipa.gov.cn. Colloquial questions go through the real answer pipeline.
const { answeredFrom } = pipelineFacts("facts");

describe("消费者权益保护法实施条例 (国务院令第778号)", () => {
  it("预付款: a business that stops trading gives 30 days' notice and refunds the unused balance (第二十二条、第二十一条)", async () => {
    const response = await answeredFrom("小区理发店办的储值卡还没用完，老板说要关店了，剩下的钱能要回来吗", "enterprise-consumer-rights-regulation");
    expect(answeringCitation(response)).toMatchObject({ docNo: "国务院令第778号", basis: "第二十二条、第二十一条；消费者权益保护法第五十三条" });
    expect(response.answer).toContain("提前30日");
    expect(response.answer).toContain("没消费完的余额");
  });

  it("自动续费 needs a prominent reminder before service and before each renewal (第十条)", async () => {
    const response = await answeredFrom("网盘会员每个月自动扣钱之前商家必须提醒我吗", "enterprise-consumer-rights-regulation");
    expect(response.answer).toMatch(/自动续费的日期之前.*显著的方式提醒/);
  });

  it("大数据杀熟: no different price for the same thing under the same terms without the buyer knowing (第九条)", async () => {
    const response = await answeredFrom("老顾客在网上买同样的东西比新顾客贵，这叫杀熟吧，违不违法", "enterprise-consumer-rights-regulation");
    expect(response.answer).toContain("同等交易条件下设置不同的价格");
    expect(response.answer).toContain("30万元以下");
  });

  it("complaints: handled within 7 working days, mediation finished within 60 days (第四十六条)", () => {
    const complaint = bundledDocument("enterprise-consumer-rights-regulation").section("投诉消费纠纷");
    expect(complaint.body).toMatch(/7个工作日内处理.*60日内调解完毕/);
    expect(complaint.basis).toBe("第四十六条");
  });
});

describe("专利费减 (财税〔2016〕78号) and 专利优先审查 (国家知识产权局令第85号)", () => {
  it("joint applicants get 70%, a single applicant 85% (专利收费减缴办法第四条)", async () => {
    const response = await answeredFrom("我跟合伙人共同申请一个实用新型，专利费用减缴能减百分之多少", "ip-patent-fee-reduction");
    expect(answeringCitation(response)).toMatchObject({ docNo: "财税〔2016〕78号", basis: "第四条" });
    expect(response.answer).toContain("85%");
    expect(response.answer).toContain("减缴70%");
  });

  it("states no income threshold it could not confirm in force (the 2016 figures were changed in 2019)", () => {
    const doc = bundledDocument("ip-patent-fee-reduction");
    expect(doc.text).not.toMatch(/3500元|4\.2万|30万元|5000元|6万元|100万元/);
    expect(doc.section("对收入有什么要求").body).toContain("以国家知识产权局最新公布为准");
  });

  it("优先审查: first action on an invention within 45 days and closed within 1 year (第十五条)", async () => {
    const response = await answeredFrom("发明专利走了优先审查，大概多久能拿到第一次审查意见", "ip-patent-priority-examination");
    expect(answeringCitation(response)).toMatchObject({ docNo: "国家知识产权局令第85号", basis: "第十五条" });
    expect(response.answer).toContain("45日内作出首次处理");
    expect(response.answer).toContain("1年内结案");
  });

  it("the 2026 办法 repealed 令第76号; replies to office actions are due in 1 month (invention) or 15 days", () => {
    const doc = bundledDocument("ip-patent-priority-examination");
    expect(doc.meta).toMatchObject({ effective: "2026-09-01", status: "current" });
    expect(doc.section("以前的优先审查办法").body).toContain("令第76号公布的原《专利优先审查管理办法》同时废止");
    expect(doc.section("多久内答复").body).toMatch(/1个月.*15日/);
  });
});
