import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 16 official-wording pass (k2): facts added or reworded on 2026-12-07 in the words of the text in force,
// read in the muztag/laws mirror of the flk texts (市场主体登记管理条例实施细则: LawRefBook/Laws copy of 总局令第52号).
// Colloquial questions go through the real answer pipeline.
const { answeredFrom } = pipelineFacts("k2-wording");

describe("专利法 (2020) and 实施细则 (2023)", () => {
  it("the three conditions for a patent are named as the law names them (第二十二条)", () => {
    const section = bundledSection("ip-patent-law", "新颖性、创造性");
    expect(section.body).toContain("应当具备新颖性、创造性和实用性");
    expect(section.body).toContain("突出的实质性特点和显著的进步");
    expect(section.basis).toBe("第二十二条、第二十三条、第二十条");
  });

  it("an invalidated patent is deemed never to have existed (第四十七条)", () => {
    const section = bundledSection("ip-patent-law", "宣告无效了");
    expect(section.body).toContain("视为自始即不存在");
    expect(section.body).toContain("不具有追溯力");
  });

  it("the inventor's bonus section cites 细则 第九十三条", () => {
    const section = bundledSection("ip-patent-fees-deadlines", "发明人能拿多少奖金");
    expect(section.body).toMatch(/4000元.*1500元/);
    expect(section.basis).toBe("第九十三条、第九十四条；专利法第十五条");
  });
});

describe("商标法 (2019) and 实施条例", () => {
  it("place names and generic names (第十条、第十一条)", async () => {
    const section = bundledSection("ip-trademark-law", "哪些标志不能用作商标");
    expect(section.body).toContain("县级以上行政区划的地名");
    expect(section.body).toContain("缺乏显著特征");
    const response = await answeredFrom("用我们县的名字能注册商标吗", "ip-trademark-law");
    expect(response.answer).toContain("县级以上行政区划的地名");
  });

  it("prior users keep using in the original scope (第五十九条) and the one-year bar (第五十条)", () => {
    expect(bundledSection("ip-trademark-law", "别人注册商标之前我就在用").body).toContain("原使用范围内继续使用");
    expect(bundledSection("ip-trademark-law", "多久以后别人能注册").body).toContain("一年内");
  });

  it("passing off an unregistered mark: the law's 百分之二十 and 一万元 (商标法 第五十二条)", () => {
    const section = bundledSection("ip-trademark-application-details", "商品上能打®吗");
    expect(section.body).toContain("百分之二十以下");
    expect(section.body).toContain("一万元以下罚款");
  });
});

describe("著作权法 (2020) and 计算机软件保护条例", () => {
  it("what the law does not protect (第五条)", async () => {
    const section = bundledSection("ip-copyright-law", "哪些东西不受著作权法保护");
    expect(section.body).toContain("单纯事实消息");
    expect(section.body).toContain("历法、通用数表、通用表格和公式");
    await answeredFrom("法律条文和政府文件有没有著作权", "ip-copyright-law");
  });

  it("technical measures and the list of rights (第四十九条、第十条)", () => {
    expect(bundledSection("ip-copyright-law", "破解加密").body).toContain("故意避开或者破坏");
    expect(bundledSection("ip-copyright-law", "著作权具体包括哪些权利").body).toContain("信息网络传播权");
  });

  it("software piracy fines (条例 第二十四条)", () => {
    const section = bundledSection("ip-software-copyright", "盗版、破解别人的软件");
    expect(section.body).toContain("每件100元或者货值金额1倍以上5倍以下");
    expect(section.body).toContain("20万元以下");
  });
});

describe("义务教育法 and 学前教育法", () => {
  it("employers may not hire children of compulsory-school age (义务教育法 第十四条)", () => {
    const section = bundledSection("education-compulsory-education-law", "不送孩子上学会怎样");
    expect(section.body).toContain("禁止用人单位招用应当接受义务教育的适龄儿童、少年");
  });

  it("teachers' pay not below local civil servants' (义务教育法 第三十一条)", async () => {
    expect(bundledSection("education-compulsory-education-law", "老师工资").body).toContain("不低于当地公务员的平均工资水平");
    await answeredFrom("中小学老师的工资是不是不能比公务员低", "education-compulsory-education-law");
  });

  it("kindergarten staff: 同工同酬 and the no-exam rule now cite their articles (学前教育法)", () => {
    expect(bundledSection("education-preschool-law", "幼儿园老师的工资").body).toContain("同工同酬");
    expect(bundledSection("education-preschool-law", "上幼儿园要考试或者面试吗").basis).toBe("第十五条、第七十九条");
  });
});

describe("居住证暂行条例 and 户口登记条例", () => {
  it("permit holders' rights include the housing provident fund (居住证暂行条例 第十二条)", () => {
    const section = bundledSection("residence-residence-permit", "有了居住证能享受哪些服务");
    expect(section.body).toContain("缴存、提取和使用住房公积金的权利");
  });

  it("temporary stays of three days or more are registered within three days (户口登记条例 第十五条)", () => {
    const section = bundledSection("residence-hukou-registration", "暂住要不要登记");
    expect(section.body).toContain("暂住三日以上");
    expect(section.body).toContain("三日以内");
    expect(section.body).toContain("超过三个月");
  });
});

describe("市场主体登记管理条例, 实施细则 and 促进个体工商户发展条例", () => {
  it("who may not be a legal representative (条例 第十二条)", async () => {
    const section = bundledSection("enterprise-market-entity-registration", "哪些人不能当公司的法定代表人");
    expect(section.body).toContain("执行期满未逾5年");
    expect(section.body).toContain("个人所负数额较大的债务到期未清偿");
    await answeredFrom("欠了一大笔钱没还的人还能当公司法人吗", "enterprise-market-entity-registration");
  });

  it("false registration: fine and the three-year bar (条例 第四十四条、第四十条)", () => {
    const section = bundledSection("enterprise-market-entity-registration", "用假材料注册公司");
    expect(section.body).toContain("5万元以上20万元以下");
    expect(section.body).toContain("3年内不得再次申请市场主体登记");
  });

  it("ending a suspension: 30 days, and 3 years in total (实施细则 第四十二条)", () => {
    const section = bundledSection("enterprise-market-entity-registration", "歇业期间想重新营业");
    expect(section.body).toContain("30日内");
    expect(section.body).toContain("累计歇业满3年");
    expect(section.basis).toContain("市场主体登记管理条例实施细则第四十一条、第四十二条");
  });

  it("local governments support 个体工商户 joining social insurance (促进个体工商户发展条例 第二十二条)", () => {
    const section = bundledSection("enterprise-individual-business", "个体户参加社保");
    expect(section.body).toContain("支持个体工商户参加社会保险");
    expect(section.body).toContain("纾困帮扶");
  });
});

describe("征信业管理条例, 融资担保公司监督管理条例, 保障中小企业款项支付条例", () => {
  it("reporting negative information without notice is fined (征信业管理条例 第四十一条)", () => {
    const section = bundledSection("financing-credit-reporting", "什么算征信不良信息");
    expect(section.body).toContain("2万元以上20万元以下");
    expect(section.body).toContain("1万元以上5万元以下");
  });

  it("guarantee companies: approval for mergers and capital cuts, filing within 30 days (第九条、第十条)", () => {
    const section = bundledSection("financing-guarantee-company-regulation", "合并、减资");
    expect(section.body).toContain("持有5%以上股权的股东");
    expect(section.body).toContain("30日内");
    expect(section.body).toContain("10亿元");
  });

  it("no unreasonable payment terms for SMEs (2025 条例 第七条)", () => {
    const section = bundledSection("financing-sme-payment-protection", "等上游回款");
    expect(section.body).toContain("不合理的付款期限、方式、条件和违约责任");
    expect(section.basis).toBe("第七条、第九条、第十四条、第十五条");
  });
});

describe("医疗保障基金使用监督管理条例", () => {
  it("suspended direct settlement during an investigation; costs paid in full by the insured (第三十条)", async () => {
    const section = bundledSection("medical-insurance-fund-supervision", "不配合调查");
    expect(section.body).toContain("全额垫付");
    await answeredFrom("被怀疑骗保不配合调查，医保联网结算会被暂停吗", "medical-insurance-fund-supervision");
  });

  it("lending one's card now cites 第十七条、第四十一条 and names 重复享受", () => {
    const section = bundledSection("medical-insurance-fund-supervision", "把医保卡给别人用");
    expect(section.basis).toBe("第十七条、第四十一条");
    expect(section.body).toContain("重复享受医疗保障待遇");
  });
});
