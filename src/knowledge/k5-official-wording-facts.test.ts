import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 17 official-wording pass (helper k5, 2026-12-07): five national texts that had no curated document, each read
// article by article in the flk texts as mirrored in muztag/laws (snapshot 41b72fb) in the version the mirror marks 有效:
// 无障碍环境建设法 (2023, in force 2023-09-01), 全国年节及纪念日放假办法 (2024 revision, in force 2025-01-01),
// 人口与计划生育法 (2021 amendment), 教育法 (2021 amendment, in force 2021-04-30) and 退役军人保障法 (in force 2021-01-01).
// Each is imported in knowledge/official/, so the 依据 article is quoted after the curated answer.
const { answeredFrom } = pipelineFacts("k5-wording");

describe("无障碍环境建设法", () => {
  it("无障碍停车位 serve 肢体残疾人 first, others only when spaces are 充足 (第二十四条)", () => {
    const section = bundledSection("social-security-accessibility-law", "无障碍停车位谁可以停");
    expect(section.body).toContain("优先供肢体残疾人驾驶或者乘坐的机动车使用");
    expect(section.body).toContain("在无障碍停车位充足的情况下");
    expect(section.body).toContain("残疾人车辆专用标志或者提供残疾人证");
    expect(section.basis).toBe("第二十四条");
  });

  it("occupying a 盲道 costs an individual 100 to 500 yuan after a deadline to correct (第二十八条、第六十五条)", async () => {
    const response = await answeredFrom("有人把电瓶车停在盲道上罚多少", "social-security-accessibility-law");
    expect(response.answer).toContain("对个人处一百元以上五百元以下罚款");
    expect(response.answer).toContain("逾期未改正的");
  });

  it("guide dogs ride public transport; the owner puts on 明显识别装备 (第四十六条)", async () => {
    const response = await answeredFrom("我是盲人，带导盲犬坐地铁被拦下了，合法吗", "social-security-accessibility-law");
    expect(response.answer).toContain("导盲犬、导听犬、辅助犬等服务犬提供便利");
    expect(response.answer).toContain("佩戴明显识别装备");
  });

  it("the 所有权人或者管理人 maintains the facilities (第二十六条)", () => {
    const section = bundledSection("social-security-accessibility-law", "无障碍设施坏了谁负责修");
    expect(section.body).toContain("无障碍设施所有权人或者管理人负责维护和管理");
    expect(section.body).toContain("纠正占用无障碍设施的行为");
  });

  it("services for health, social security, banking and bills keep 人工办理 (第三十九条)", () => {
    const section = bundledSection("social-security-accessibility-law", "老人不会用手机");
    expect(section.body).toContain("应当保留现场指导、人工办理等传统服务方式");
    expect(section.body).toContain("低位服务台或者无障碍服务窗口");
  });

  it("home adaptations of eligible families get 适当补贴; exams give disabled candidates 便利服务 (第十九条、第四十三条)", () => {
    expect(bundledSection("social-security-accessibility-law", "加装电梯").body).toContain("对符合条件的残疾人、老年人家庭应当给予适当补贴");
    expect(bundledSection("social-security-accessibility-law", "考试不给残疾考生提供便利服务").body).toContain("应当为有残疾的考生提供便利服务");
  });
});

describe("全国年节及纪念日放假办法 (2024)", () => {
  it("春节 is 4 days from 除夕 (第二条)", async () => {
    const response = await answeredFrom("春节法定放几天假", "social-security-public-holidays");
    expect(response.answer).toContain("春节放假4天");
    expect(response.answer).toContain("农历除夕、正月初一至初三");
  });

  it("劳动节 is 2 days and 国庆节 3 days (第二条)", () => {
    const section = bundledSection("social-security-public-holidays", "法定节假日一年有哪些");
    expect(section.body).toContain("劳动节放假2天（5月1日、2日）");
    expect(section.body).toContain("国庆节放假3天（10月1日至3日）");
  });

  it("妇女节 is a half day for women, 青年节 for 14周岁以上, and neither is made up at weekends (第三条、第六条)", async () => {
    const response = await answeredFrom("三八节女的放半天假是法律规定的吗", "social-security-public-holidays");
    expect(response.answer).toContain("妇女放假半天");
    expect(response.answer).toContain("14周岁以上的青年放假半天");
    expect(response.answer).toContain("则不补假");
  });

  it("holidays on a weekend are made up; work runs no more than 6 days in a row around a holiday (第六条、第七条)", () => {
    const section = bundledSection("social-security-public-holidays", "节假日赶上周末");
    expect(section.body).toContain("应当在工作日补假");
    expect(section.body).toContain("法定节假日假期前后连续工作一般不超过6天");
  });

  it("教师节 and 植树节 are not days off (第五条)", () => {
    expect(bundledSection("social-security-public-holidays", "教师节").body).toContain("均不放假");
  });

  it("minority festivals are set by the local government of the 聚居地区 (第四条)", async () => {
    const response = await answeredFrom("古尔邦节放假吗", "social-security-public-holidays");
    expect(response.answer).toContain("由各少数民族聚居地区的地方人民政府");
    expect(response.answer).toContain("规定放假日期");
  });
});

describe("人口与计划生育法 (2021)", () => {
  it("a couple may have three children (第十八条)", () => {
    const section = bundledSection("social-security-population-family-planning-law", "可以生几个孩子");
    expect(section.body).toContain("一对夫妻可以生育三个子女");
    expect(section.body).toContain("按照有利于当事人的原则适用");
  });

  it("父母育儿假 is supported where local conditions allow; the days are set by the province (第二十五条)", async () => {
    const response = await answeredFrom("男的有没有育儿假", "social-security-population-family-planning-law");
    expect(response.answer).toContain("国家支持有条件的地方设立父母育儿假");
    expect(response.answer).toContain("延长生育假的奖励");
  });

  it("托育机构 file with the county 卫生健康主管部门; abusers are barred for life (第二十八条、第四十一条)", () => {
    const section = bundledSection("social-security-population-family-planning-law", "托育机构要备案吗");
    expect(section.body).toContain("向县级人民政府卫生健康主管部门备案");
    expect(section.body).toContain("终身不得从事婴幼儿照护服务");
    expect(section.body).toContain("处五千元以上五万元以下的罚款");
  });

  it("非医学需要的胎儿性别鉴定 is forbidden (第三十九条、第四十条)", async () => {
    const response = await answeredFrom("偷偷找人看胎儿是男是女犯法吗", "social-security-population-family-planning-law");
    expect(response.answer).toContain("严禁利用超声技术和其他技术手段进行非医学需要的胎儿性别鉴定");
  });

  it("光荣证 holders keep their 奖励 and get 扶助 when the only child is disabled or dies (第三十一条、第三十二条)", () => {
    const section = bundledSection("social-security-population-family-planning-law", "独生子女父母光荣证");
    expect(section.body).toContain("独生子女发生意外伤残、死亡的，按照规定获得扶助");
  });
});

describe("教育法 (2021): the sections k5 wrote beside k4's (替考, 冒名顶替, 处分申诉 and 乱收费 are pinned in k4-official-wording-facts)", () => {
  it("women study on equal terms (第三十七条) and schools enrolling unlawfully must send students back and refund fees (第七十六条)", () => {
    expect(bundledSection("education-education-law", "平等受教育").body).toContain("享有同男子平等的权利");
    expect(bundledSection("education-education-law", "学校违规招生").body).toContain("责令退回招收的学生，退还所收费用");
  });

  it("parents must see the compulsory years through (第十九条) and museums give students 优待 (第五十一条)", () => {
    expect(bundledSection("education-education-law", "家长对孩子上学").body).toContain("有义务使其接受并完成规定年限的义务教育");
    expect(bundledSection("education-education-law", "博物馆").body).toContain("应当对教师、学生实行优待");
  });
});

describe("退役军人保障法", () => {
  it("veterans founding a small firm may apply for 创业担保贷款 with 贷款贴息 (第四十六条)", () => {
    const section = bundledSection("social-security-veterans-protection-law", "退役军人自己创业有什么扶持");
    expect(section.body).toContain("可以按照国家有关规定申请创业担保贷款，并享受贷款贴息等融资优惠政策");
    expect(section.body).toContain("优先为退役军人创业提供服务");
  });

  it("army service counts as 基层工作经历 and the 年龄和学历条件 may be relaxed (第四十二条)", async () => {
    const response = await answeredFrom("退伍军人考事业编年龄能不能放宽", "social-security-veterans-protection-law");
    expect(response.answer).toContain("年龄和学历条件可以适当放宽");
    expect(response.answer).toContain("服现役经历视为基层工作经历");
  });

  it("years of service count as 工龄 and merge with the contribution years (第四十四条、第五十条)", async () => {
    const response = await answeredFrom("当兵五年算工龄吗", "social-security-veterans-protection-law");
    expect(response.answer).toContain("服现役年限计算为工龄");
    expect(response.answer).toContain("缴费年限依法合并计算");
  });

  it("an unemployed veteran registers as a job seeker to get 失业保险待遇 (第四十一条)", () => {
    const section = bundledSection("social-security-veterans-protection-law", "能领失业保险吗");
    expect(section.body).toContain("办理求职登记后，可以按照规定享受失业保险待遇");
  });

  it("a student who enlisted may enrol or resume study 退役后两年内 (第三十五条)", () => {
    const section = bundledSection("social-security-veterans-protection-law", "上学、参加技能培训");
    expect(section.body).toContain("退役后两年内允许入学或者复学");
    expect(section.body).toContain("免费参加职业教育、技能培训");
  });
});
