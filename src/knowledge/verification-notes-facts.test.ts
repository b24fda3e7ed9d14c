import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// Facts changed on 2026-12-06 from official sentences quoted, each with the gov.cn / flk / chinatax page it
// was read from, in a public project's source-verification notes (issue 10): the urls they tie to our
// sources' exact titles or 文号, and the national figures our files had left to local policy.
const doc = bundledDocument;

describe("facts checked against quoted official sentences", () => {
  it("中小学生学籍管理办法 (教基〔2025〕1号) has its gov.cn url, and 第十六条 sets the 休学 baseline", () => {
    const status = doc("education-student-status-transfer");
    expect(status.meta.url).toBe("https://www.gov.cn/zhengce/zhengceku/202502/content_7002620.htm");
    const leave = status.section("休学");
    expect(leave.basis).toBe("第十六条");
    expect(leave.body).toMatch(/学校确认后报上级学籍管理部门核准/);
    expect(leave.body).toMatch(/每次申请休学最长1年.*重新申请/);
    expect(leave.body).toContain("保留学籍");
    expect(leave.body).toContain("省级教育行政部门");
  });

  it("高等教育自学考试暂行条例 links its flk.npc.gov.cn text; full-time students may not register; the diploma is recognised", () => {
    const exam = doc("education-self-study-exam");
    expect(exam.meta.url).toBe("https://flk.npc.gov.cn/detail?id=ff8080816f3cbb3c016f415d64e5236d");
    expect(exam.section("去哪里报名").body).toContain("全日制学校的在校生不得报考");
    expect(exam.section("毕业证").body).toContain("国家承认其学历");
  });

  it("生育保险和职工医保合并实施 (国办发〔2019〕10号) links its gov.cn text", () => {
    const maternity = doc("medical-insurance-maternity").meta;
    expect(maternity.docNo).toBe("国办发〔2019〕10号");
    expect(maternity.url).toBe("https://www.gov.cn/zhengce/content/2019-03/25/content_5376559.htm");
  });

  it("小规模纳税人 VAT threshold after the 增值税法: 10万 a month, 30万 a quarter, 1000元 a time (公告2026年第10号)", () => {
    const vat = doc("enterprise-small-business-tax-relief").section("小规模纳税人的增值税");
    expect(vat.body).toMatch(/公告2026年第10号/);
    expect(vat.body).toMatch(/月销售额10万元.*季度销售额30万元.*每次（日）销售额1000元/);
    expect(vat.body).toContain("2027年12月31日");
    // The 2023 公告 is no longer presented as the rule in force after 2026-01-01.
    expect(vat.body).not.toMatch(/2023年第19号公告规定/);
  });

  it("就业困难人员: social-insurance subsidy up to 2/3 of contributions, generally for at most 3 years; post subsidy follows the minimum wage", () => {
    const help = doc("social-security-employment-promotion").section("就业困难人员");
    expect(help.body).toMatch(/不超过实际缴费的2\/3、期限一般最长3年/);
    expect(help.body).toContain("参照当地最低工资标准");
    expect(help.basis).toContain("就业补助资金管理办法");
  });

  it("跨省直接结算: the 5 门诊慢特病 县域可及 and the 5 added by 医保办发〔2024〕19号; 降幅 per 22号 and 医保发〔2024〕21号", () => {
    const chronic = doc("medical-insurance-cross-province").section("门诊慢特病能直接结算");
    expect(chronic.basis).toBe("医保办发〔2024〕19号");
    expect(chronic.body).toMatch(/高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗5种病/);
    expect(chronic.body).toMatch(/县域可及.*慢性阻塞性肺疾病、类风湿关节炎、冠心病、病毒性肝炎、强直性脊柱炎5种病/);
    const cut = doc("medical-insurance-cross-province").section("报销比例会降低");
    expect(cut.body).toMatch(/降幅不超过10个百分点.*降幅不超过20个百分点/);
    expect(cut.body).toMatch(/医保发〔2024〕21号.*10个和20个百分点左右/);
  });
});
