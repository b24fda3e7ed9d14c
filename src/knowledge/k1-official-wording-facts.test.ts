import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 16 official-wording pass (helper k1, 2026-12-07): facts the national labour, social-insurance, social-assistance,
// disability and elderly laws state outright, now carried in the law's own key terms. Each was read in the flk texts as
// mirrored in muztag/laws: 劳动合同法 (2012修正) and 实施条例 (国务院令第535号), 劳动法 (2018修正), 劳动争议调解仲裁法,
// 社会保险法 (2018修正), 工伤保险条例 (2010修订), 失业保险条例, 职工带薪年休假条例, 女职工劳动保护特别规定, 社会救助法
// (in force 2026-07-01), 残疾人保障法 (2018修正), 残疾人就业条例 and 老年人权益保障法 (2018修正).
const { answeredFrom } = pipelineFacts("k1-wording");

describe("劳动合同法 and its 实施条例", () => {
  it("a contract that sets only a probation period has no probation: that period is the contract term (第十九条)", () => {
    const section = bundledSection("enterprise-labour-contract-basics", "试用期最长能约定多久");
    expect(section.body).toContain("试用期包含在劳动合同期限内");
    expect(section.body).toContain("试用期不成立，该期限为劳动合同期限");
    expect(section.basis).toBe("第十九条、第二十条");
  });

  it("the contract text is kept by each side, one copy each (第十六条、第八十一条)", async () => {
    const response = await answeredFrom("签了劳动合同公司不给我留一份合法吗", "enterprise-labour-contract-basics");
    expect(response.answer).toContain("各执一份");
    expect(response.answer).toContain("未将劳动合同文本交付劳动者");
  });

  it("forced overtime is forbidden and unlawful work rules draw a 警告 (第三十一条、第八十条)", () => {
    const section = bundledSection("enterprise-labour-contract-basics", "规章制度要经过员工讨论");
    expect(section.body).toContain("不得强迫或者变相强迫劳动者加班");
    expect(section.body).toContain("公示或者告知劳动者");
  });

  it("劳务派遣 breaches cost 5000 to 10000 yuan per worker; wages follow the 用工单位所在地 (第六十一条、第九十二条)", () => {
    const section = bundledSection("enterprise-labour-contract-basics", "劳务派遣单位、用工单位违规怎么罚");
    expect(section.body).toContain("按照用工单位所在地的标准执行");
    expect(section.body).toContain("每人5000元以上1万元以下");
    expect(section.body).toContain("不得将被派遣劳动者再派遣");
  });

  it("a contract ending before the service period is extended to its end (实施条例第十七条、第二十六条)", () => {
    const section = bundledSection("enterprise-labour-contract-regulation", "培训服务期没满");
    expect(section.body).toContain("续延至服务期满");
    expect(section.body).toContain("不属于违反服务期的约定");
    expect(section.basis).toBe("第十六条、第十七条、第二十六条");
  });

  it("the ten years of continuous work count from the first day of work (实施条例第九条)", () => {
    const section = bundledSection("enterprise-labour-contract-regulation", "连续工作满十年");
    expect(section.body).toContain("自用人单位用工之日起计算，包括劳动合同法施行前的工作年限");
  });
});

describe("劳动法 and 劳动争议调解仲裁法", () => {
  it("minimum wages are set by the province and filed with the State Council (劳动法第四十八条)", () => {
    const section = bundledSection("social-security-labour-law", "最低工资标准是谁定的");
    expect(section.body).toContain("由省、自治区、直辖市人民政府规定，报国务院备案");
    expect(section.body).toContain("不得低于当地最低工资标准");
  });

  it("wages are paid during 婚丧假 (劳动法第五十一条)", async () => {
    const response = await answeredFrom("请婚假公司能扣我工资吗", "social-security-labour-law");
    expect(response.answer).toContain("婚丧假期间");
  });

  it("forced labour and beatings: up to 15 days' detention by the police (劳动法第九十六条)", () => {
    const section = bundledSection("social-security-labour-law", "限制人身自由");
    expect(section.body).toContain("十五日以下拘留、罚款或者警告");
  });

  it("arbitration time limits are suspended by force majeure (调解仲裁法第二十七条)", () => {
    const section = bundledSection("social-security-labour-dispute-arbitration", "劳动仲裁要在多长时间内申请");
    expect(section.body).toContain("仲裁时效中止");
    expect(section.basis).toBe("第二十七条");
  });

  it("an employer may ask the 中级人民法院 to set aside a final award within 30 days (调解仲裁法第四十九条)", () => {
    const section = bundledSection("social-security-labour-dispute-arbitration", "终局裁决，能申请撤销吗");
    expect(section.body).toContain("中级人民法院申请撤销裁决");
    expect(section.body).toContain("三十日内");
    expect(section.body).toContain("十五日内");
  });

  it("ten or more workers with a common claim may elect representatives (调解仲裁法第七条)", () => {
    const section = bundledSection("social-security-labour-dispute-arbitration", "哪些纠纷可以申请劳动仲裁");
    expect(section.body).toContain("十人以上");
    expect(section.body).toContain("共同当事人");
  });
});

describe("职工带薪年休假条例 and 女职工劳动保护特别规定", () => {
  it("leave pay equals normal pay, and leave may be taken in one block or in parts (年休假条例第二条、第五条)", () => {
    expect(bundledSection("enterprise-working-hours-annual-leave", "带薪年休假有几天").body).toContain("享受与正常工作期间相同的工资收入");
    const unused = bundledSection("enterprise-working-hours-annual-leave", "年假没休完");
    expect(unused.body).toContain("可以集中安排，也可以分段安排");
    expect(unused.body).toContain("考虑职工本人意愿");
  });

  it("employers with many women provide 孕妇休息室 and 哺乳室 (特别规定第十条)", () => {
    expect(bundledSection("social-security-female-worker-protection", "哺乳期每天").body).toContain("女职工卫生室、孕妇休息室、哺乳室");
  });
});

describe("社会保险法, 工伤保险条例 and 失业保险条例", () => {
  it("unemployment benefit is never below the urban 低保 standard (社会保险法第四十七条)", () => {
    const section = bundledSection("social-security-unemployment-insurance", "失业保险金每月能领多少钱");
    expect(section.body).toContain("不得低于城市居民最低生活保障标准");
    expect(section.basis).toBe("第十八条、第二十三条；社会保险法第四十七条");
  });

  it("a prison sentence stops unemployment benefit (失业保险条例第十五条)", () => {
    expect(bundledSection("social-security-unemployment-insurance", "停发失业保险金").body).toContain("被判刑收监执行");
  });

  it("an unlicensed employer pays a one-off compensation no lower than the work-injury benefits (工伤保险条例第六十六条)", async () => {
    const response = await answeredFrom("在没有营业执照的小作坊干活受伤了谁赔", "social-security-work-injury");
    expect(response.answer).toContain("一次性赔偿");
    expect(response.answer).toContain("不得低于工伤保险条例规定的工伤保险待遇");
  });

  it("the time limit for recognition stops while a court or agency conclusion is awaited (工伤保险条例第二十条)", () => {
    expect(bundledSection("social-security-work-injury", "工伤认定多久出结果").body).toContain("认定时限中止");
  });
});

describe("社会救助法", () => {
  it("特困人员 choose the form of support themselves (第十六条)", () => {
    expect(bundledSection("social-security-social-assistance", "特困供养").body).toContain("特困人员可以自行选择供养形式");
  });

  it("教育救助 is applied for at the school (第二十五条、第三十八条)", () => {
    const section = bundledSection("social-security-social-assistance", "教育救助");
    expect(section.body).toContain("向就读学校提出");
    expect(section.basis).toBe("第二十五条、第三十八条");
  });

  it("a 低保边缘家庭's severely disabled or gravely ill member may be brought under the 低保 (第二十一条)", async () => {
    const response = await answeredFrom("低保边缘户是什么意思，能领什么救助", "social-security-social-assistance");
    expect(response.answer).toContain("低保边缘家庭");
    expect(response.answer).toContain("上浮一定比例");
  });

  it("what the verification mechanism can check may not be demanded from the applicant (第六十二条)", () => {
    expect(bundledSection("social-security-social-assistance", "会查哪些收入和财产").body).toContain("不得要求社会救助对象提供");
  });
});

describe("残疾人保障法 and 残疾人就业条例", () => {
  it("schools may not refuse a disabled pupil because of the disability (保障法第二十五条)", () => {
    const section = bundledSection("social-security-disabled-persons-rights", "残疾孩子上学");
    expect(section.body).toContain("不得因其残疾而拒绝招收");
    expect(section.body).toContain("责令该学校招收");
  });

  it("the national day for helping the disabled is the third Sunday of May (保障法第十四条)", async () => {
    const response = await answeredFrom("全国助残日是哪一天", "social-security-disabled-persons-rights");
    expect(response.answer).toContain("5月的第三个星期日");
  });

  it("welfare employers keep disabled full-time staff at 25% or more (就业条例第十一条)", () => {
    const section = bundledSection("social-security-disabled-persons-rights", "福利企业要招多少残疾人");
    expect(section.body).toContain("25%以上");
    expect(section.basis).toContain("残疾人就业条例第十一条");
  });
});

describe("老年人权益保障法", () => {
  it("the 老年节 is the ninth day of the ninth lunar month (第十二条)", () => {
    expect(bundledSection("elderly-care-elderly-rights", "多大年纪算老年人").body).toContain("农历九月初九为老年节");
  });

  it("public homes serve poor 孤寡、失能、高龄 elderly first (第四十一条)", async () => {
    const response = await answeredFrom("公办养老院哪些老人能优先住进去", "elderly-care-elderly-rights");
    expect(response.answer).toContain("优先保障经济困难的孤寡、失能、高龄等老年人");
  });

  it("pensions are paid on time and in full, never withheld (第三十四条)", () => {
    expect(bundledSection("elderly-care-elderly-rights", "养老金被克扣").body).toContain("不得克扣、拖欠或者挪用");
  });
});
