import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// Facts in the education, financing and enterprise documents written or re-checked on 2026-12-06
// (issue 10, session 6): the figures and deadlines as their sources state them, and the provisions cited.
const doc = bundledDocument;

describe("sourced facts in the education, financing, IP and enterprise documents (session 6)", () => {
  it("公积金贷款利率 stands at 2.1% / 2.6% for a first home since 2025-05-08 (人民银行 notice)", () => {
    const rates = doc("financing-housing-loan-rates");
    const fund = rates.section("公积金贷款利率");
    expect(fund.body).toMatch(/2025年5月8日起.*5年以下（含5年）2\.1%，5年以上2\.6%/);
    expect(fund.body).toMatch(/不低于2\.525%和3\.075%/);
    expect(fund.body).toContain("自2026年1月1日起调整");
    expect(fund.basis).toBe("《住房公积金管理条例》第六条");
    // 15 days until 国务院令第844号 shortened it to 10 (see housing-fund-amendment-facts.test.ts).
    expect(rates.section("公积金贷款怎么申请").body).toContain("10日内");
  });

  it("commercial mortgage rates follow the contract: fixed, or LPR-based floating with a spread that may be negative", () => {
    const commercial = doc("financing-housing-loan-rates").section("商业银行的房贷利率");
    expect(commercial.body).toMatch(/固定利率或浮动利率/);
    expect(commercial.body).toMatch(/贷款市场报价利率（LPR）为定价基准加点形成，加点可以为负/);
    expect(commercial.basis).toBe("《商业银行法》第三十七条、第三十八条");
    expect(doc("financing-housing-loan-rates").section("什么时候跟着LPR调整").body).toContain("自2024年11月1日起");
  });

  it("invoices: 5 working days to confirm, electronic equals paper, 虚开 over 10000元 costs 5万 to 50万, stubs kept 5 years", () => {
    const invoices = doc("enterprise-invoice-rules");
    expect(invoices.meta).toMatchObject({ docNo: "国务院令第764号", effective: "2023-07-20" });
    expect(invoices.section("领发票").body).toContain("5个工作日内");
    expect(invoices.section("电子发票").body).toContain("同等法律效力");
    expect(invoices.section("不给开发票").body).toContain("可以处1万元以下的罚款");
    expect(invoices.section("虚开").body).toContain("虚开金额超过1万元的，并处5万元以上50万元以下的罚款");
    expect(invoices.section("保存多久").body).toContain("保存5年");
  });

  it("市场监管 penalty publicity: 3 months for small fines, 3 years otherwise, four conditions to stop early", () => {
    const publicity = doc("enterprise-penalty-publicity-credit-repair");
    expect(publicity.meta.docNo).toBe("国家市场监督管理总局令第45号");
    expect(publicity.section("公示多久").body).toMatch(/满3个月停止公示.*满3年停止公示/);
    expect(publicity.section("提前撤下").body).toMatch(/同时符合四个条件/);
    expect(publicity.section("提前撤下").basis).toBe("第十四条");
    expect(publicity.section("会公开吗").body).toContain("20个工作日内公示");
  });

  it("migrant children: reviewed against 国发〔2016〕40号, 普惠性民办学校 when public places run short, vaccination check by law", () => {
    const migrant = doc("education-migrant-children-enrolment");
    expect(migrant.meta.reviewed).toBe("2026-12-06");
    expect(migrant.section("学位不够").body).toContain("政府购买服务方式安排在普惠性民办学校就读");
    expect(migrant.section("准备哪些材料").body).toContain("疫苗管理法第四十八条");
    expect(migrant.section("还没有居住证").basis).toBe("《居住证暂行条例》第二条、第九条、第十二条");
  });

  it("inclusive micro-loans: the 2020 purchase of 40% of new credit loans, re-checked against 银发〔2020〕123号", () => {
    const loans = doc("financing-inclusive-micro-loans");
    expect(loans.meta).toMatchObject({ docNo: "银发〔2020〕123号", reviewed: "2026-12-06" });
    expect(loans.section("人民银行用什么办法").body).toMatch(/4000亿元.*2020年3月1日至12月31日.*40%.*不少于6个月/);
  });

  it("rural pupils' meal subsidy is 5元 a day from autumn 2021", () => {
    const meals = doc("education-rural-student-meal-subsidy").section("每天多少钱");
    expect(meals.body).toMatch(/自2021年秋季学期起.*每生每天4元提高到5元/);
  });

  it("self-study exam and trademark-application sections name the articles of their regulations", () => {
    const exam = doc("education-self-study-exam");
    expect(exam.section("作弊").basis).toBe("第三十七条、第三十八条");
    expect(exam.section("毕业证").body).toContain("每年的6月和12月");
    const trademark = doc("ip-trademark-application-details");
    expect(trademark.section("部分商品被驳回").basis).toBe("第二十二条");
    expect(trademark.section("®").basis).toBe("第六十三条；《商标法》第五十二条");
  });
});
