import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisTargets, withOfficialTexts } from "./official-basis.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 18 official-wording pass (helper k6, 2026-12-07), knowledge/medical-insurance/: facts worded from
// 社会保险法 (2018), 社会保险经办条例 (国务院令第765号), 社会救助法 (2026, in force 2026-07-01), 医疗保障基金使用监督管理条例
// (国务院令第735号) and 基本医疗卫生与健康促进法 (2019, imported this session from the flk text in muztag/laws), and from
// 医保发〔2022〕22号 with its annex 经办规程 (read in a third-party full text; notices are not imported, so those 依据 lines
// carry the notice's own numbering and do not resolve to an official file).
const { answeredFrom } = pipelineFacts("k6-wording");

describe("社会保险法: 生育保险 and 关系转移", () => {
  it("the 职工未就业配偶 gets 生育医疗费用 (第五十四条)", () => {
    const section = bundledSection("medical-insurance-maternity", "谁可以享受生育保险待遇");
    expect(section.body).toContain("职工未就业配偶按照国家规定享受生育医疗费用待遇");
    expect(section.basis).toBe("《社会保险法》第五十四条");
    expect(basisTargets("medical-insurance-maternity", "谁可以享受生育保险待遇")).toEqual(["social-security-she-hui-bao-xian-fa#第五十四条"]);
  });

  it("生育津贴: 病历资料 and 10个工作日 (社会保险经办条例第二十条)", async () => {
    const section = bundledSection("medical-insurance-maternity", "生育津贴怎么申领");
    expect(section.body).toContain("应当向社会保险经办机构提供病历资料");
    expect(section.body).toContain("10个工作日内办理完毕");
    expect(basisTargets("medical-insurance-maternity", "生育津贴怎么申领")).toEqual(["social-security-she-hui-bao-xian-jing-ban-tiao-li#第二十条"]);
    const response = await answeredFrom("老婆没工作，我交了职工医保，她生孩子能报销吗", "medical-insurance-maternity");
    expect(response.answer).toContain("职工未就业配偶按照国家规定享受生育医疗费用待遇");
  });

  it("the 基本医疗保险关系 follows the person, 缴费年限累计计算 (第三十二条; 经办条例第十三条)", () => {
    const section = bundledSection("medical-insurance-transfer", "职工医保个人账户的钱能跟着转吗");
    expect(section.body).toContain("其基本医疗保险关系随本人转移，缴费年限累计计算");
    expect(section.body).toContain("其职工基本医疗保险关系随同转移");
    expect(basisTargets("medical-insurance-transfer", "职工医保个人账户的钱能跟着转吗")).toEqual([
      "social-security-she-hui-bao-xian-fa#第三十二条",
      "social-security-she-hui-bao-xian-jing-ban-tiao-li#第十三条",
    ]);
  });
});

describe("社会救助法: 医疗救助", () => {
  it("医疗救助 goes to 特困、低保、低保边缘 and 刚性支出困难家庭 (第二十四条、第二十二条)", async () => {
    const section = bundledSection("medical-insurance-medical-assistance", "哪些人可以享受医疗救助");
    expect(section.body).toContain("对特困人员、最低生活保障家庭、最低生活保障边缘家庭、刚性支出困难家庭，由社会救助管理部门给予相应的医疗救助");
    expect(section.body).toContain("家庭人均收入低于上年度当地居民人均可支配收入");
    expect(basisTargets("medical-insurance-medical-assistance", "哪些人可以享受医疗救助")).toContain("social-security-she-hui-jiu-zhu-fa#第二十四条");
    const response = await answeredFrom("低保边缘户看病能申请医疗救助吗", "medical-insurance-medical-assistance");
    expect(response.answer).toContain("最低生活保障边缘家庭");
  });

  it("the 个人缴费 of 特困人员 and 低保 is 资助 / 由政府给予补贴 (社会救助法第二十四条; 社会保险法第二十五条)", () => {
    const section = bundledSection("medical-insurance-medical-assistance", "困难群众参加医保要自己交钱吗");
    expect(section.body).toContain("对特困人员、最低生活保障家庭成员等参加城乡居民基本医疗保险的个人缴费部分给予资助");
    expect(section.body).toContain("所需个人缴费部分，由政府给予补贴");
    expect(section.basis).toBe("《社会救助法》第二十四条；《社会保险法》第二十五条");
  });

  it("医疗救助 and the 基本医疗自负费用 left after 医保 and 大病保险 (基本医疗卫生与健康促进法第八十三条; 社会救助法第二十四条)", () => {
    const section = bundledSection("medical-insurance-medical-assistance", "医疗救助是什么");
    expect(section.body).toContain("国家完善医疗救助制度，保障符合条件的困难群众获得基本医疗服务");
    expect(section.body).toContain("个人及其家庭难以承担的符合规定的基本医疗自负费用，按照规定给予补助");
    expect(basisTargets("medical-insurance-medical-assistance", "医疗救助是什么")).toContain("medical-insurance-jbylwsyjkcjf#第八十三条");
  });
});

describe("基本医疗卫生与健康促进法 and 医疗保障基金使用监督管理条例", () => {
  it("参加基本医疗保险 is a 权利和义务 (第八十二条)", async () => {
    const section = bundledSection("medical-insurance-enrollment-long-term", "居民医保一直不交会怎样");
    expect(section.body).toContain("公民有依法参加基本医疗保险的权利和义务");
    expect(basisTargets("medical-insurance-enrollment-long-term", "居民医保一直不交会怎样")).toEqual(["medical-insurance-jbylwsyjkcjf#第八十二条"]);
    const response = await answeredFrom("居民医保不交是不是违法", "medical-insurance-enrollment-long-term");
    expect(response.answer).toContain("权利和义务");
  });

  it("家庭医生签约服务 (第三十一条)", () => {
    const section = bundledSection("medical-insurance-tiered-care", "签家庭医生要不要钱");
    expect(section.body).toContain("国家推进基层医疗卫生机构实行家庭医生签约服务");
    expect(basisTargets("medical-insurance-tiered-care", "签家庭医生要不要钱")).toEqual(["medical-insurance-jbylwsyjkcjf#第三十一条"]);
  });

  it("长期处方: 一般在4周内, 最长不超过12周, no limit per 单张处方 by 医保 (长期处方管理规范（试行）第十一条、第三十七条)", () => {
    const section = bundledSection("medical-insurance-tiered-care", "慢性病在社区医院一次能开多长时间的药");
    expect(section.body).toContain("长期处方的处方量一般在4周内");
    expect(section.body).toContain("最长不超过12周");
    expect(section.body).toContain("不对单张处方的数量、金额等作限制");
    expect(section.basis).toBe("长期处方管理规范（试行）第十一条、第三十七条");
  });

  it("就医 with 本人医疗保障凭证 (第十七条, quoted after the answer); the 借给别人 section now resolves 第四十一条 as well", () => {
    expect(basisTargets("medical-insurance-e-voucher", "没带社保卡")).toEqual(["medical-insurance-ylbzjjsyjdgltl#第十七条"]);
    expect(basisTargets("medical-insurance-e-voucher", "可以借给别人用吗")).toEqual([
      "medical-insurance-ylbzjjsyjdgltl#第十七条",
      "medical-insurance-ylbzjjsyjdgltl#第四十一条",
    ]);
  });
});

describe("医保发〔2022〕22号 and 经办规程 (cross-province)", () => {
  it("手工报销 materials and 30个工作日 come from 社会保险经办条例第二十条, no longer 'not listed nationally'", async () => {
    const section = bundledSection("medical-insurance-cross-province", "医保手工报销一般要准备哪些材料");
    expect(section.body).toContain("收费票据、费用清单、诊断证明、病历资料");
    expect(section.body).toContain("30个工作日内办理完毕");
    expect(section.body).not.toContain("国家文件没有统一列出");
    expect(basisTargets("medical-insurance-cross-province", "医保手工报销一般要准备哪些材料")).toEqual([
      "social-security-she-hui-bao-xian-jing-ban-tiao-li#第二十条",
    ]);
    const response = await answeredFrom("回老家医保局手工报销要带哪些单据，多久办完", "medical-insurance-cross-province");
    expect(response.answer).toContain("诊断证明、病历资料");
  });

  it("备案 有效期 and 补办 in the notice's words (二、（三）（四）; 规程第十条、第十二条、第十六条)", async () => {
    const validity = bundledSection("medical-insurance-cross-province", "临时外出就医备案有效期多久");
    expect(validity.body).toContain("跨省临时外出就医人员备案有效期原则上不少于6个月");
    expect(validity.body).toContain("备案有效期内已办理入院手续的，不受备案有效期限制");
    expect(validity.basis).toBe("二、（三）；附件经办规程第十条、第十二条");
    const late = bundledSection("medical-insurance-cross-province", "已经住院但还没备案能补办吗");
    expect(late.body).toContain("跨省出院结算前补办异地就医备案的，就医地联网定点医疗机构应为参保人员办理医疗费用跨省直接结算");
    const response = await answeredFrom("临时外出就医备案能管多长时间", "medical-insurance-cross-province");
    expect(response.answer).toContain("原则上不少于6个月");
  });

  it("every cross-province section now names its basis", () => {
    const sections = withOfficialTexts.filter((p) => p.docId === "medical-insurance-cross-province");
    expect(sections.length).toBeGreaterThan(15);
    expect(sections.filter((p) => !p.basis).map((p) => p.heading)).toEqual([]);
    expect(bundledSection("medical-insurance-cross-province", "去外省看病医保能直接结算吗").body).toContain("只需支付按规定由个人负担的医疗费用");
    expect(bundledSection("medical-insurance-cross-province", "异地转诊备案要什么材料").body).toContain("不得将在本地住院作为开具转诊的先决条件");
  });
});
