import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";

// Facts in the 医保 / 社保 / 融资 documents as checked on 2026-12-06 against the official texts
// (flk.npc.gov.cn for the laws and 条例; the 2021 门诊费用跨省直接结算 notice for the 5 门诊慢特病).
const section = bundledSection;

describe("insurance and financing facts", () => {
  it("work injury: 停工留薪期 12 months (+12 at most), 一次性工亡补助金 = 20 × 上一年度全国城镇居民人均可支配收入", () => {
    const leave = section("social-security-work-injury-benefits", "停工留薪期");
    expect(leave.body).toMatch(/一般不超过12个月/);
    expect(leave.body).toMatch(/延长不得超过12个月/);
    expect(leave.basis).toBe("第三十三条");
    const death = section("social-security-work-injury-benefits", "因工死亡");
    expect(death.body).toContain("上一年度全国城镇居民人均可支配收入的20倍");
    expect(death.body).toMatch(/配偶每月40%.*其他亲属每人每月30%/);
    expect(death.basis).toBe("第三十九条");
  });

  it("work injury: 五级、六级 end the employment only at the worker's request (第三十六条), 七至十级 also at contract end", () => {
    const mid = section("social-security-work-injury-benefits", "五级到十级");
    expect(mid.body).toMatch(/五级、六级经本人提出/);
    expect(mid.body).toMatch(/七至十级劳动合同期满终止或本人提出解除/);
    expect(mid.basis).toBe("第三十六条、第三十七条");
  });

  it("maternity leave: 98 days, 15 more for a difficult birth or each extra baby; 15 / 42 days after a miscarriage", () => {
    const leave = section("social-security-female-worker-protection", "产假一共有多少天");
    expect(leave.body).toMatch(/98天产假.*产前可以休假15天.*难产的增加产假15天/);
    expect(leave.basis).toBe("第七条");
    const miscarriage = section("social-security-female-worker-protection", "流产");
    expect(miscarriage.body).toMatch(/未满4个月流产的，享受15天产假.*满4个月流产的，享受42天产假/);
  });

  it("cross-province: the 5 门诊慢特病 settled directly across provinces are named", () => {
    const outpatient = section("medical-insurance-cross-province", "门诊慢特病能直接结算");
    for (const condition of ["高血压", "糖尿病", "恶性肿瘤门诊放化疗", "尿毒症透析", "器官移植术后抗排异治疗"]) {
      expect(outpatient.body).toContain(condition);
    }
    expect(outpatient.phrasings.length).toBeGreaterThan(10);
  });

  it("lending one's 医保码: 基金条例 第十七条 / 第四十一条 (联网结算 suspended 3 to 12 months)", () => {
    const lend = section("medical-insurance-e-voucher", "借给别人");
    expect(lend.body).toContain("暂停本人医疗费用联网结算3个月至12个月");
    expect(lend.basis).toContain("医疗保障基金使用监督管理条例");
  });

  it("中小企业促进法 links its flk.npc.gov.cn text; 政府采购 reserve 30% (60% of it for small and micro firms)", () => {
    const procurement = section("financing-sme-promotion-law", "政府采购");
    expect(procurement.url).toMatch(/^https:\/\/flk\.npc\.gov\.cn\/detail\?bbbs=/);
    expect(procurement.body).toMatch(/30%以上.*不低于60%/);
    expect(procurement.basis).toBe("第四十条");
  });

  it("款项支付条例 (2025): 30 / 60 days, 每日万分之五, 确权 within 30 days, each with its article", () => {
    const term = section("financing-sme-payment-protection", "多久内必须付");
    expect(term.body).toMatch(/30日内付款.*最长不得超过60日.*大型企业应当自交付之日起60日内付款/);
    expect(term.basis).toBe("第九条、第十条");
    expect(section("financing-sme-payment-protection", "逾期付款").body).toContain("每日万分之五");
    expect(section("financing-sme-payment-protection", "确权").basis).toBe("第十六条");
  });

  it("长期护理保险 follows the 2026 national scheme: no 起付标准, about 50% / 70%, 6-month waiting period", () => {
    const pay = section("medical-insurance-long-term-care", "能报销多少");
    expect(pay.status).toBe("amended");
    expect(pay.amendedBy).toContain("加快建立长期护理保险制度实施方案");
    expect(pay.body).toMatch(/不设起付标准.*50%左右.*70%左右/);
    expect(pay.body).toContain("上年度城乡居民人均可支配收入的50%");
    expect(section("medical-insurance-long-term-care", "谁能享受").body).toMatch(/固定等待期原则上为6个月/);
  });

  it("居民医保 waiting periods are the national baseline of 国办发〔2024〕38号: 3 months fixed, +1 month a year of lapse, −1 a year paid back", () => {
    expect(section("medical-insurance-enrollment-long-term", "没在集中参保期").body).toContain("3个月的固定待遇等待期");
    expect(section("medical-insurance-enrollment-long-term", "断缴了再交").body).toMatch(/每多断保1年，再增加1个月的变动待遇等待期/);
    expect(section("medical-insurance-enrollment-long-term", "补缴缩短").body).toMatch(/每多缴纳1年可以减少1个月变动待遇等待期/);
  });
});
