import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// Facts added for issue 10: 12315 from 市场监督管理投诉举报处理办法 (总局令第121号, in force 2026-04-15, which
// repealed the 暂行办法 of 总局令第20号; read in the text published on samr.gov.cn, session 7) and the 个体工商户
// annual report from 市场主体登记管理条例实施细则 (总局令第52号), both read in their official text.
const doc = bundledDocument;

describe("12315 and the 个体工商户 annual report", () => {
  it("12315 rests on 总局令第121号 (the 暂行办法 of 总局令第20号 ended when it took effect), with its samr.gov.cn url", () => {
    const hotline = doc("enterprise-12315-complaints");
    expect(hotline.meta).toMatchObject({ docNo: "国家市场监督管理总局令第121号", source: "市场监督管理投诉举报处理办法", effective: "2026-04-15", status: "current" });
    expect(hotline.meta.url).toMatch(/^https:\/\/www\.samr\.gov\.cn\//);
    expect(hotline.text).not.toContain("暂行办法");
  });

  it("12315: complaints are consumer disputes, reports are leads on violations, through the platform, the hotline, post or a window", () => {
    const scope = doc("enterprise-12315-complaints").section("12315是管什么的");
    expect(scope.body).toContain("全国12315平台、拨打12315热线");
    expect(scope.body).toMatch(/生活消费.*是投诉.*线索，是举报/);
    expect(scope.body).toContain("在平台公示的地址所在地或平台住所地");
    expect(scope.basis).toBe("第三条、第八条、第十三条");
  });

  it("12315 time limits: 7 working days to accept, mediation ends after 60 days (no longer 45 working days), no fixed term to tell a reporter", () => {
    const limits = doc("enterprise-12315-complaints").section("多久受理");
    expect(limits.body).toContain("7个工作日内决定受理还是不予受理");
    expect(limits.body).toContain("自受理之日起60日内仍未达成调解协议的，终止调解");
    expect(limits.body).not.toContain("45个工作日");
    expect(limits.body).not.toContain("5个工作日内告知举报人");
  });

  it("12315 refuses complaints older than 3 years, not for living consumption, already handled elsewhere, or under a false name", () => {
    const refused = doc("enterprise-12315-complaints").section("不受理");
    expect(refused.body).toContain("已超过3年");
    expect(refused.body).toContain("不是为生活消费");
    expect(refused.body).toContain("消费者协会");
    expect(refused.body).toContain("冒用他人名义");
    expect(refused.basis).toBe("第十条、第十六条、第四十四条");
  });

  it("个体工商户 file by 30 June, may file on paper and choose what is public; late filing: 经营异常名录 and up to 1万元", () => {
    const individual = doc("enterprise-annual-report").section("个体工商户也要报年报");
    expect(individual.body).toContain("每年1月1日至6月30日");
    expect(individual.body).toContain("纸质年度报告");
    expect(individual.body).toContain("自己选择年报内容是否向社会公示");
    expect(individual.body).toContain("歇业的也要按时报");
    expect(individual.body).toContain("可以处1万元以下的罚款");
    expect(individual.basis).toBe("《市场主体登记管理条例实施细则》第六十三条、第七十条");
  });
});
