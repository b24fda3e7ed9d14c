import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// 住房公积金管理条例 as amended by 国务院令第844号 (in force 2026-09-20), checked on 2026-12-06 against the
// amended text (a transcription marked 来源：中国政府网（国令第844号）): 第六条 now leaves the 存、贷利率 to the
// 国务院, and 第二十六条 shortens the loan decision from 15 to 10 days; 第二十七条 (担保) is unchanged.
const rates = bundledDocument("financing-housing-loan-rates");

describe("financing-housing-loan-rates after 国务院令第844号", () => {
  it("names the amending decision and is marked amended", () => {
    expect(rates.meta.status).toBe("amended");
    expect(rates.meta.amendedBy).toContain("国务院令第844号");
    // The 人民银行 notice stays the source: the amendment changed the 条例 the sections cite, not the notice.
    expect(rates.meta.source).toBe("中国人民银行关于下调个人住房公积金贷款利率的通知");
  });

  it("第六条: the 国务院 decides the 公积金 deposit and loan rates from 2026-09-20", () => {
    const who = rates.section("公积金贷款利率是谁定的");
    expect(who.basis).toContain("第六条");
    expect(who.body).toMatch(/2026年9月20日起施行.*存贷款利率由国务院决定/);
    // The old procedure is only mentioned as what applied before, never as the rule in force.
    expect(who.body).not.toMatch(/^住房公积金的存贷款利率由中国人民银行提出/);
    expect(who.body).toMatch(/此前由人民银行提出/);
    expect(who.body).not.toContain("以人民银行最新公布为准");
    // The rates of the 2025-05-07 notice are untouched by the amendment.
    expect(who.body).toMatch(/5年以下（含5年）2\.1%，5年以上2\.6%/);
  });

  it("第二十六条: the 公积金中心 decides a loan application within 10 days (15 before the amendment); 担保 still required", () => {
    const loan = rates.section("公积金贷款怎么申请");
    expect(loan.basis).toBe("《住房公积金管理条例》第二十六条、第二十七条");
    expect(loan.body).toContain("自受理申请之日起10日内作出准予或不准贷款的决定");
    expect(loan.body).toMatch(/施行前为15日/);
    expect(loan.body).toContain("提供担保");
  });
});
