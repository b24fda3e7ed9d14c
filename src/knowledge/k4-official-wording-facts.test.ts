import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 17 official-wording pass (helper k4, 2026-12-07): facts the national education, tax, e-commerce, company,
// identity-card and SME laws state outright, carried in the law's own key terms. Each was read in the flk texts as
// mirrored in muztag/laws (snapshot 41b72fb): 教育法 (2021修正) and 税收征收管理法 (2015修正), both imported this session,
// 高等教育法 (2018修正), 残疾人教育条例 (国务院令第674号), 残疾人保障法 (2018修正) 第五十四条, 电子商务法, 居民身份证法 (2011修正),
// 公司法 (2023修订), 计算机软件保护条例, 消费者权益保护法 and its 实施条例, 中小企业促进法.
const { answeredFrom } = pipelineFacts("k4-wording");

describe("教育法", () => {
  it("替考 and organised cheating: 一倍以上五倍以下 fines and 五日以上十五日以下拘留 (第八十条)", () => {
    const section = bundledSection("education-education-law", "替别人考试");
    expect(section.body).toContain("违法所得一倍以上五倍以下罚款");
    expect(section.body).toContain("五日以上十五日以下拘留");
    expect(section.basis).toBe("第八十条");
  });

  it("a student whose place was taken may ask for it back; the impostor is barred 二年以上五年以下 (第七十七条)", async () => {
    const response = await answeredFrom("我的大学名额被人冒名顶替了能要回来吗", "education-education-law");
    expect(response.answer).toContain("可以请求恢复其入学资格");
    expect(response.answer).toContain("二年以上五年以下");
  });

  it("a student may 申诉 against a school's 处分 and sue over rights infringed (第四十三条)", async () => {
    const response = await answeredFrom("学校给了我留校察看处分我不服找谁", "education-education-law");
    expect(response.answer).toContain("对学校给予的处分不服");
    expect(response.answer).toContain("依法提起诉讼");
  });

  it("unlawful fees are ordered 退还 (第七十八条); certificates got by cheating are revoked (第八十二条)", () => {
    expect(bundledSection("education-education-law", "学校违反规定收的费用").body).toContain("责令退还所收费用");
    const fake = bundledSection("education-education-law", "买假文凭");
    expect(fake.body).toContain("由颁发机构撤销相关证书");
    expect(fake.body).toContain("治安管理处罚");
  });
});

describe("高等教育法, 残疾人教育条例", () => {
  it("the 基本修业年限 of each degree level (高等教育法第十七条)", async () => {
    const response = await answeredFrom("本科一般读几年", "education-higher-education-law");
    expect(response.answer).toContain("本科教育的基本修业年限为四至五年");
    expect(response.answer).toContain("博士研究生教育的基本修业年限为三至四年");
  });

  it("勤工助学基金 and 贷学金, with duties for those who receive them (第五十四条、第五十五条)", () => {
    const section = bundledSection("education-higher-education-law", "奖学金、助学金、贷学金");
    expect(section.body).toContain("勤工助学基金和贷学金");
    expect(section.body).toContain("获得贷学金及助学金的学生，应当履行相应的义务");
    expect(section.body).toContain("可以申请补助或者减免学费");
  });

  it("part-time work in 课余时间 must not hinder study; 准予毕业 conditions (第五十六条、第五十八条)", () => {
    expect(bundledSection("education-higher-education-law", "勤工助学吗").body).toContain("不得影响学业任务的完成");
    expect(bundledSection("education-higher-education-law", "大学毕业").body).toContain("修满相应的学分，准予毕业");
  });

  it("universities may not refuse a disabled student who meets the standard (高等教育法第九条)", async () => {
    const response = await answeredFrom("大学能不能因为残疾拒绝录取", "education-higher-education-law");
    expect(response.answer).toContain("不得因其残疾而拒绝招收");
  });

  it("disabled candidates may ask for 合理便利; blind candidates get 盲文试卷 (条例第五十二条；残疾人保障法第五十四条)", async () => {
    const response = await answeredFrom("残疾考生考试能申请什么便利", "education-disabled-children");
    expect(response.answer).toContain("必要支持条件和合理便利");
    expect(response.answer).toContain("盲文试卷、电子试卷");
  });

  it("a disabled child's school age may be raised when needed; refusal is punished (条例第十四条、第五十七条)", () => {
    expect(bundledSection("education-disabled-children", "几岁上学").body).toContain("入学年龄和在校年龄可以适当提高");
    const refused = bundledSection("education-disabled-children", "学校拒收残疾学生");
    expect(refused.body).toContain("由其主管行政部门责令改正");
    expect(refused.basis).toBe("第五十七条、第七条、第三十四条");
  });
});

describe("税收征收管理法", () => {
  it("tax registration within 三十日 of the business licence (第十五条)", async () => {
    const response = await answeredFrom("营业执照办下来多少天内要去办税务登记", "enterprise-tax-filing-basics");
    expect(response.answer).toContain("自领取营业执照之日起三十日内");
  });

  it("an unpaid tax debt can stop the debtor or the 法定代表人 leaving the country (第四十四条)", async () => {
    const response = await answeredFrom("公司欠税老板还能出国吗", "enterprise-tax-filing-basics");
    expect(response.answer).toContain("通知出境管理机关阻止其出境");
  });

  it("enforcement spares the family's 维持生活必需的住房和用品 (第四十条)", () => {
    const section = bundledSection("enterprise-tax-filing-basics", "欠税一直不交");
    expect(section.body).toContain("维持生活必需的住房和用品");
    expect(section.body).toContain("经县以上税务局（分局）局长批准");
  });

  it("应扣未扣 costs the withholding agent 百分之五十以上三倍以下 (第六十九条); no penalty after five years (第八十六条)", () => {
    expect(bundledSection("enterprise-tax-filing-basics", "没代扣个税").body).toContain("百分之五十以上三倍以下");
    expect(bundledSection("enterprise-tax-filing-basics", "过了几年还会被处罚").body).toContain("在五年内未被发现的，不再给予行政处罚");
  });

  it("a shortfall caused by the tax office is collected 不得加收滞纳金, in the article's words (第五十二条)", () => {
    const section = bundledSection("enterprise-tax-filing-basics", "多交的税能退吗");
    expect(section.body).toContain("但是不得加收滞纳金");
    expect(section.basis).toBe("《税收征收管理法》第五十一条、第五十二条");
  });
});

describe("电子商务法, 消费者权益保护法", () => {
  it("an order submitted is a contract; 支付价款后合同不成立 clauses are void (第四十九条)", async () => {
    const response = await answeredFrom("网购付款后商家砍单合法吗", "enterprise-online-shop-obligations");
    expect(response.answer).toContain("提交订单成功，合同成立");
    expect(response.answer).toContain("其内容无效");
  });

  it("the seller bears the 运输中的风险和责任 (第二十条); 搭售 may not be 默认同意 (第十九条)", () => {
    expect(bundledSection("enterprise-online-shop-obligations", "快递路上丢了").body).toContain("承担商品运输中的风险和责任");
    const tied = bundledSection("enterprise-online-shop-obligations", "默认勾选搭售");
    expect(tied.body).toContain("不得将搭售商品或者服务作为默认同意的选项");
    expect(tied.body).toContain("五万元以上二十万元以下");
  });

  it("未经授权的支付 losses fall on the payment provider (第五十七条)", async () => {
    const response = await answeredFrom("支付宝被盗刷谁承担损失", "enterprise-online-shop-obligations");
    expect(response.answer).toContain("由电子支付服务提供者承担");
  });

  it("no 首页 licence display: 一万元以下 (第七十六条); returns 无需说明理由 (消保法第二十五条)", () => {
    expect(bundledSection("enterprise-online-shop-obligations", "网店首页要公示什么").body).toContain("可以处一万元以下的罚款");
    expect(bundledSection("enterprise-consumer-rights", "网购七天无理由退货怎么算").body).toContain("无需说明理由");
  });

  it("a prepaid seller in breach also pays 预付款的利息 (消保法第五十三条)", () => {
    const section = bundledSection("enterprise-consumer-rights-regulation", "办了预付卡");
    expect(section.body).toContain("承担预付款的利息、消费者必须支付的合理费用");
    expect(section.basis).toBe("第二十二条、第二十一条；消费者权益保护法第五十三条");
  });
});

describe("居民身份证法, 公司法, 软件保护条例, 中小企业促进法", () => {
  it("nobody may hold another's ID card (第十五条); 非法扣押 costs 二百元以下 (第十六条)", async () => {
    const response = await answeredFrom("公司扣着我身份证不还怎么办", "residence-id-card");
    expect(response.answer).toContain("任何组织或者个人不得扣押居民身份证");
    expect(response.answer).toContain("二百元以下罚款");
  });

  it("公司法 sections now name their articles (第五十七条、第二百一十条)", () => {
    expect(bundledSection("enterprise-company-governance-2023", "股东能查公司的账吗").basis).toBe("第五十七条");
    expect(bundledSection("enterprise-company-governance-2023", "利润怎么分").basis).toBe("第二百一十条、第二百一十二条、第二百一十一条");
  });

  it("software registration 应当缴纳费用, at a rate set with the price authority (软件保护条例第七条)", () => {
    expect(bundledSection("ip-software-copyright", "软著登记证书有什么用").body).toContain("会同国务院价格主管部门规定");
  });

  it("inspections of an SME that can be combined 应当合并进行 (中小企业促进法第五十六条)", () => {
    const section = bundledSection("financing-sme-promotion-law", "多项监督检查");
    expect(section.body).toContain("应当合并进行");
    expect(section.body).toContain("合并或者联合检查");
  });
});
