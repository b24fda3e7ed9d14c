import { describe, expect, it } from "vitest";
import { bundledDocument, bundledSection } from "./bundled-facts.testing.js";
import { answeringCitation, pipelineFacts } from "./pipeline-facts.testing.js";

// Session 17 official-wording pass (helper k3, 2026-12-07): facts the national social-assistance, retirement, disability,
// social-insurance and medical-insurance texts state outright, now carried in the law's own key terms. Each was read in
// the flk texts as mirrored in muztag/laws (snapshot 41b72fb): 社会救助法 (in force 2026-07-01), 国务院关于渐进式延迟法定
// 退休年龄的办法 (approved by the 全国人大常委会 decision of 2024-09-13, in force 2025-01-01), 残疾预防和残疾人康复条例
// (国务院令第675号, 2018修正), 社会保险法 (2018修正), 工伤保险条例 (2010修订), 社会保险经办条例 (国务院令第765号),
// 医疗保障基金使用监督管理条例, 保障农民工工资支付条例 and 残疾人保障法 (2018修正).
const { answeredFrom } = pipelineFacts("k3-wording");

describe("社会救助法", () => {
  it("the 低保 is paid monthly as 最低生活保障金 (第十八条)", () => {
    expect(bundledSection("social-security-social-assistance", "什么样的家庭能吃低保").body).toContain("按月发放最低生活保障金");
  });

  it("residence-permit holders may apply where they live, and others may file for someone who cannot (第三十七条)", async () => {
    const response = await answeredFrom("我是外地户口有居住证，能在这边申请低保吗", "social-security-social-assistance");
    expect(response.answer).toContain("持有居住证人员在居住地申请");
    const section = bundledSection("social-security-social-assistance", "低保去哪里申请");
    expect(section.body).toContain("委托村民委员会、居民委员会或者他人代为提出申请");
  });

  it("a granted 低保 is published in the village or community; a refusal is explained in writing (第四十五条、第六十七条)", async () => {
    const response = await answeredFrom("低保批了会在村里公示吗", "social-security-social-assistance");
    expect(response.answer).toContain("在申请家庭或者个人所在的村、社区等范围内公布社会救助确认决定");
    expect(response.answer).toContain("书面告知申请人并说明理由");
    expect(bundledSection("social-security-social-assistance", "低保批下来要公示吗").basis).toBe("第四十五条、第六十七条");
  });

  it("village committees report families in need; townships find them out themselves and help them apply (第三十九条、第六十四条)", () => {
    const section = bundledSection("social-security-social-assistance", "会主动帮忙申请救助吗");
    expect(section.body).toContain("应当主动了解本行政区域内居民生活状况");
    expect(section.body).toContain("及时告知相关社会救助政策，并依法协助申请或者组织救助");
    expect(section.body).toContain("一门受理、协同办理");
  });

  it("recipients report changes; the authorities check regularly or on the spot (第四十六条、第四十七条)", async () => {
    const response = await answeredFrom("吃低保后找到工作了要跟街道说吗", "social-security-social-assistance");
    expect(response.answer).toContain("定期进行核查，或者根据需要进行实地抽查");
    expect(response.answer).toContain("应当及时告知");
  });

  it("disaster victims get 应急救助、生活救助 and help rebuilding a collapsed home (第二十八条)", () => {
    expect(bundledSection("social-security-social-assistance", "自然灾害").body).toContain("应急救助、生活救助和因灾倒损住房恢复重建救助");
  });

  it("price subsidies, extra support after the 低保 and victims after 司法救助 (第二十条、第三十二条、第三十六条)", () => {
    const section = bundledSection("social-security-social-assistance", "物价上涨有补贴吗");
    expect(section.body).toContain("及时发放价格临时补贴");
    expect(section.body).toContain("获得司法救助仍然面临生活困难");
    expect(section.body).toContain("给予必要的生活保障");
  });

  it("officials who refuse valid applications are ordered to correct and disciplined; embezzlement is fined up to twice the gain (第七十条、第七十一条)", async () => {
    const response = await answeredFrom("村干部把低保给自己亲戚办了去哪举报", "social-security-social-assistance");
    expect(response.answer).toContain("对符合申请条件的救助申请不予受理");
    expect(response.answer).toContain("违法所得二倍以下的罚款");
  });

  it("personal information learnt in assistance work is kept confidential (第十一条)", () => {
    expect(bundledSection("social-security-social-assistance", "会被泄露吗").body).toContain("应当依法予以保密");
  });

  it("the three kinds of assistance and service-type assistance (第十五条、第三十四条)", () => {
    const section = bundledSection("social-security-social-assistance", "社会救助都包括哪些");
    expect(section.body).toContain("基本生活救助、专项社会救助和急难社会救助");
    expect(section.body).toContain("照护服务、生活服务、关爱服务");
  });

  it("false certificates are referred for handling, and unreturned payments are ordered back (第七十二条、第七十四条)", () => {
    const section = bundledSection("social-security-social-assistance", "骗领低保");
    expect(section.body).toContain("对出具虚假证明材料的单位或者人员");
    expect(section.body).toContain("责令其限期退回");
    expect(bundledSection("social-security-social-assistance", "特困供养").body).toContain("基本生活标准和照料护理标准");
  });
});

describe("国务院关于渐进式延迟法定退休年龄的办法", () => {
  it("benefit is extended to retirement for those within a year of it, and the fund pays their pension contributions (第七条)", async () => {
    const response = await answeredFrom("离退休不到一年领失业金，养老保险谁交", "social-security-delayed-retirement");
    expect(response.answer).toContain("领取失业保险金年限延长至法定退休年龄");
    expect(response.answer).toContain("由失业保险基金按照规定为其缴纳养老保险费");
    expect(response.citations[0]?.docId).toBe("social-security-gwygyjjsycfdtxnldbf");
  });

  it("special jobs and high-altitude work may still retire early (第八条)", () => {
    const section = bundledSection("social-security-delayed-retirement", "特殊工种还能提前退休吗");
    expect(section.body).toContain("井下、高空、高温、特别繁重体力劳动");
    expect(section.body).toContain("高海拔地区");
    expect(section.basis).toBe("第八条");
  });

  it("too few contribution years can be made up by 延长缴费或者一次性缴费 (第二条)", () => {
    expect(bundledSection("social-security-delayed-retirement", "养老保险要交满多少年").body).toContain("延长缴费或者一次性缴费");
  });

  it("employers of workers past retirement age secure their basic rights; 长缴多得、多缴多得、晚退多得 (第六条、第四条)", () => {
    expect(bundledSection("social-security-delayed-retirement", "超过退休年龄还在单位干活").body).toContain("劳动报酬、休息休假、劳动安全卫生、工伤保障等基本权益");
    expect(bundledSection("social-security-delayed-retirement", "晚退休几年").body).toContain("长缴多得、多缴多得、晚退多得");
  });

  it("the document rests on the 办法 first, whose articles are among the official texts", () => {
    expect(bundledDocument("social-security-delayed-retirement").meta.source).toBe(
      "国务院关于渐进式延迟法定退休年龄的办法；全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定",
    );
    expect(bundledSection("social-security-delayed-retirement", "可以比规定年龄提前退休吗").body).toContain("不得违背职工意愿");
  });
});

describe("残疾预防和残疾人康复条例", () => {
  it("children aged 0–6 with disabilities or autism get surgery, aids and training free of charge (第二十六条)", async () => {
    const response = await answeredFrom("孩子自闭症康复训练国家给钱吗", "social-security-disability-rehabilitation");
    expect(response.answer).toContain("0－6岁");
    expect(response.answer).toContain("孤独症儿童免费得到手术、辅助器具配置和康复训练等服务");
  });

  it("medical rehabilitation within the insurance catalogue is paid by the basic medical insurance (第二十五条)", () => {
    expect(bundledSection("social-security-disability-rehabilitation", "医保能报销吗").body).toContain("对纳入基本医疗保险支付范围的医疗康复费用予以支付");
  });

  it("basic assistive devices are subsidised (第二十六条)", () => {
    const section = bundledSection("social-security-disability-rehabilitation", "辅助器具有补贴吗");
    expect(section.body).toContain("对基本型辅助器具配置给予补贴");
    expect(section.body).toContain("工伤保险基金、残疾人就业保障金");
  });

  it("guardians make sure children get the free screening (第十六条)", () => {
    expect(bundledSection("social-security-disability-rehabilitation", "残疾筛查").body).toContain("及时接受政府免费提供的疾病和残疾筛查");
  });

  it("high-risk employers train and protect; refusing to correct leads to 停产停业整顿 (第十五条、第三十四条)", () => {
    const section = bundledSection("social-security-disability-rehabilitation", "容易致残");
    expect(section.body).toContain("告知作业场所和工作岗位存在的致残风险");
    expect(section.body).toContain("责令停产停业整顿");
  });
});

describe("社会保险法, 工伤保险条例, 社会保险经办条例 and 医疗保障基金使用监督管理条例", () => {
  it("unpaid contributions end in a fine of one to three times the arrears (社会保险法第八十六条)", () => {
    const section = bundledSection("social-security-basic-pension", "单位不给交社保怎么办");
    expect(section.body).toContain("处欠缴数额一倍以上三倍以下的罚款");
    expect(section.basis).toBe("第五十八条、第八十二条、第八十六条、第八十三条");
  });

  it("the provincial assessment is final; a 劳动能力复查鉴定 may be asked after one year (工伤保险条例第二十六条、第二十八条)", () => {
    const section = bundledSection("social-security-work-injury-benefits", "劳动能力鉴定怎么申请");
    expect(section.body).toContain("最终结论");
    expect(section.body).toContain("可以申请劳动能力复查鉴定");
  });

  it("overpaid benefits may be repaid in instalments or set off (经办条例第四十六条)", async () => {
    const response = await answeredFrom("多领的养老金能分期退吗", "social-security-handling-rules");
    expect(response.answer).toContain("签订还款协议分期退回");
    expect(answeringCitation(response)?.basis).toBe("第四十六条、第五十五条");
  });

  it("entitlement is checked by data matching and self-certification, with home visits for the elderly (经办条例第二十六条、第三十条)", () => {
    const section = bundledSection("social-security-handling-rules", "待遇资格认证");
    expect(section.body).toContain("信息比对、自助认证");
    expect(section.body).toContain("授权代办、上门服务");
  });

  it("inspectors come at least two and show their papers; the party is heard before a penalty (医保基金条例第二十九条、第三十一条)", () => {
    const section = bundledSection("medical-insurance-fund-supervision", "医保部门来检查");
    expect(section.body).toContain("监督检查人员不得少于2人，并且应当出示执法证件");
    expect(section.body).toContain("陈述、申辩");
  });
});

describe("残疾人保障法", () => {
  it("who counts as disabled, and the kinds of disability (第二条)", () => {
    expect(bundledSection("social-security-disabled-persons-rights", "什么人算残疾人").body).toContain("视力残疾、听力残疾、言语残疾、肢体残疾、智力残疾、精神残疾、多重残疾");
  });

  it("care homes may not abuse disabled people, and nobody may force them to work (第四十九条、第六十五条、第四十条)", () => {
    const section = bundledSection("social-security-disabled-persons-rights", "托养机构虐待");
    expect(section.body).toContain("不得侮辱、虐待、遗弃残疾人");
    expect(section.body).toContain("非法限制人身自由的手段强迫残疾人劳动");
  });
});
