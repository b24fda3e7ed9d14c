import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// The facts issue 10's fact check found wrong or outdated, as corrected from their current sources.
const doc = bundledDocument;

describe("corrected facts", () => {
  it("student loans: 20000 / 25000 a year from autumn 2024 (财教〔2024〕188号); 16000 / 20000 was the 2023 cap", () => {
    const loans = doc("education-student-loans");
    expect(loans.meta.docNo).toBe("财教〔2024〕188号");
    const caps = loans.section("最多能贷多少").body;
    expect(caps).toMatch(/2024年秋季学期起.*本专科.*20000元.*研究生.*25000元/);
    expect(caps).toMatch(/2023年秋季学期起分别为16000元和20000元/);
    expect(caps).not.toMatch(/自2023年秋季学期起，全日制普通本专科学生每人每年申请贷款额度不超过20000元/);
  });

  it("startup guarantee loans: 30万 per person, 400万 per small firm, hiring 10% (5% over 100 staff), until 2028-09-30", () => {
    const loan = doc("financing-startup-guarantee-loan");
    expect(loan.meta).toMatchObject({ docNo: "财金〔2023〕75号", effective: "2023-10-01", expires: "2028-09-30" });
    expect(loan.section("个人创业担保贷款最多").body).toContain("30万元");
    const firm = loan.section("小微企业").body;
    expect(firm).toContain("400万元");
    expect(firm).toMatch(/10%（超过100人的企业达到5%）/);
    expect(loan.text).not.toMatch(/最高不超过20万元|最高不超过300万元/);
  });

  it("稳岗返还: expired at the end of 2025, with 人社部发〔2025〕18号 and the 90% / 50% of 国办发〔2025〕25号", () => {
    const refund = doc("financing-job-stabilization-refund");
    expect(refund.meta).toMatchObject({ status: "expired", expires: "2025-12-31", docNo: "人社部发〔2025〕18号" });
    expect(refund.meta.amendedBy).toContain("国办发〔2025〕25号");
    expect(refund.section("能返多少").body).toMatch(/90%.*50%/);
  });

  it("长期护理保险 is no longer described as pilot-only", () => {
    const care = doc("medical-insurance-long-term-care");
    expect(care.text).toContain("全面建制");
    expect(care.text).not.toMatch(/目前在国家确定的试点城市实行/);
  });

  it("个人养老金: the 3% rests on the nationwide 2024 公告, not the pilot-era 2022 one", () => {
    const tax = doc("social-security-personal-pension").section("个税").body;
    expect(tax).toContain("在全国范围实施个人养老金个人所得税优惠政策的公告");
    expect(tax).toContain("3%");
    expect(tax).not.toContain("2022年第34号");
  });

  it("企业信息公示暂行条例 as amended by 国务院令第777号 (in force 2024-05-01)", () => {
    const report = doc("enterprise-annual-report");
    expect(report.meta).toMatchObject({ status: "amended", effective: "2024-05-01" });
    expect(report.meta.amendedBy).toContain("国务院令第777号");
    expect(report.section("后果").body).toMatch(/连续2年未按规定报送年度报告.*吊销营业执照/);
  });

  it("大病保险: 60% since 2019 and a 起付线 of about half the residents' per-capita disposable income", () => {
    const pay = doc("medical-insurance-serious-illness-insurance");
    expect(pay.section("能报多少").body).toContain("60%");
    expect(pay.text).toContain("上一年度居民人均可支配收入的50%");
  });

  it("小微企业和个体工商户税费优惠 (公告2023年第12号) carries its end date 2027-12-31 as validity data, as its sections state", () => {
    const relief = doc("enterprise-small-business-tax-relief");
    expect(relief.meta).toMatchObject({ status: "current", expires: "2027-12-31" });
    expect(relief.text).toContain("至2027年12月31日");
  });
});
