import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisTargets } from "./official-basis.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 19 official-wording pass (helper k10, 2026-12-07), knowledge/medical-insurance/: the sections that had no 依据.
// The notices behind most of them (国办发〔2021〕14号, 〔2024〕38号, 〔2015〕57号, 医保发〔2019〕54号, 〔2020〕37号, 国发〔2024〕3号,
// 医保办发〔2021〕43号…) could not be read in any official text; a section got a 依据 only where a national law or regulation
// in the muztag/laws mirror (snapshot 41b72fb, the imported texts in knowledge/official/) says what the section relies on.
// Those law sentences are now in the bodies, in the law's words.
const { answeredFrom } = pipelineFacts("k10-wording");

const JINGBAN = "social-security-she-hui-bao-xian-jing-ban-tiao-li";
const SHEBAO = "social-security-she-hui-bao-xian-fa";

describe("社会保险经办条例: 医保电子凭证, 新生儿参保, 转移接续", () => {
  it("医保电子凭证 is the 凭证 of 参加…和享受待遇 (第七条)", () => {
    const section = bundledSection("medical-insurance-e-voucher", "医保电子凭证是什么");
    expect(section.body).toContain("医保电子凭证是个人参加基本医疗保险、生育保险等社会保险和享受相应待遇的凭证");
    expect(section.body).toContain("它和实体社会保障卡都可以作为就医购药的有效凭证");
    expect(basisTargets("medical-insurance-e-voucher", "医保电子凭证是什么")).toEqual([`${JINGBAN}#第七条`]);
  });

  it("社会保险登记 gives 社会保障卡和医保电子凭证, by 政府网站、移动终端、自助终端 (第六条、第二十九条)", () => {
    const section = bundledSection("medical-insurance-e-voucher", "医保电子凭证怎么激活");
    expect(section.body).toContain("以公民身份号码作为社会保障号码，取得社会保障卡和医保电子凭证");
    expect(section.body).toContain("政府网站、移动终端、自助终端");
    expect(basisTargets("medical-insurance-e-voucher", "医保电子凭证怎么激活")).toEqual([`${JINGBAN}#第六条`, `${JINGBAN}#第二十九条`]);
  });

  it("新生儿: 出生、户口登记 information shared, 经办 with 政务服务 协同办理, 窗口 or online (第八条、第二十八条、第二十九条)", async () => {
    expect(bundledSection("medical-insurance-newborn", "新生儿怎么参加医保").body).toContain("将个人出生、户口登记等信息与社会保险经办机构共享");
    expect(basisTargets("medical-insurance-newborn", "新生儿怎么参加医保")).toEqual([`${JINGBAN}#第八条`, `${JINGBAN}#第二十八条`]);
    expect(bundledSection("medical-insurance-newborn", "可以一起办哪些事").body).toContain("社会保险经办事项与相关政务服务事项协同办理");
    expect(basisTargets("medical-insurance-newborn", "可以一起办哪些事")).toEqual([`${JINGBAN}#第二十八条`]);
    expect(bundledSection("medical-insurance-newborn", "在哪里办").body).toContain("也可以到社会保险经办窗口现场办理");
    expect(basisTargets("medical-insurance-newborn", "在哪里办")).toEqual([`${JINGBAN}#第二十八条`, `${JINGBAN}#第二十九条`]);
    await answeredFrom("新生儿出生一件事在哪里办", "medical-insurance-newborn");
  });

  it("转移接续 within the 规定时限, with 结果告知 or 查询 (第十六条); the notice's 10 / 5 个工作日 are kept as they were", () => {
    const section = bundledSection("medical-insurance-transfer", "医保转移接续要多长时间");
    expect(section.body).toContain("在规定时限内办理完毕，并将结果告知本人或者提供办理情况查询服务");
    expect(section.body).toContain("10个工作日");
    expect(basisTargets("medical-insurance-transfer", "医保转移接续要多长时间")).toEqual([`${JINGBAN}#第十六条`]);
  });
});

describe("社会保险法 and 医疗保障基金使用监督管理条例: what the 医保基金 pays", () => {
  it("个人账户: 支付范围 (基金条例第八条) and 公共卫生 costs outside it (社会保险法第三十条)", () => {
    const section = bundledSection("medical-insurance-outpatient-mutual-aid", "职工医保个人账户不能用在哪些地方");
    expect(section.body).toContain("医疗保障基金使用应当符合国家规定的支付范围");
    expect(section.body).toContain("应当由公共卫生负担的医疗费用不纳入基本医疗保险基金支付范围");
    expect(basisTargets("medical-insurance-outpatient-mutual-aid", "职工医保个人账户不能用在哪些地方")).toEqual([
      "medical-insurance-ylbzjjsyjdgltl#第八条",
      `${SHEBAO}#第三十条`,
    ]);
  });

  it("药店: the fund's share is settled directly with 药品经营单位 (第二十九条)", () => {
    const section = bundledSection("medical-insurance-outpatient-mutual-aid", "在定点药店买药能走门诊统筹吗");
    expect(section.body).toContain("由社会保险经办机构与医疗机构、药品经营单位直接结算");
    expect(basisTargets("medical-insurance-outpatient-mutual-aid", "在定点药店买药能走门诊统筹吗")).toEqual([`${SHEBAO}#第二十九条`]);
  });

  it("两病 drugs: 符合基本医疗保险药品目录 costs are paid by the fund (第二十八条)", () => {
    const section = bundledSection("medical-insurance-hypertension-diabetes", "两病报销的药有哪些");
    expect(section.body).toContain("符合基本医疗保险药品目录的医疗费用，按照国家规定从基本医疗保险基金中支付");
    expect(basisTargets("medical-insurance-hypertension-diabetes", "两病报销的药有哪些")).toEqual([`${SHEBAO}#第二十八条`]);
  });
});

describe("laws named that do not resolve here", () => {
  it("近亲属 (民法典第一千零四十五条, not imported): the list is the code's", () => {
    const section = bundledSection("medical-insurance-enrollment-long-term", "职工医保个人账户可以给哪些亲属用");
    expect(section.body).toContain("配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女");
    expect(section.basis).toBe("民法典第一千零四十五条");
    expect(basisTargets("medical-insurance-enrollment-long-term", "职工医保个人账户可以给哪些亲属用")).toEqual([]);
  });

  it("长期护理保障 (老年人权益保障法第三十条): named, not quoted, since the document carries amendedBy and the law is older", () => {
    const section = bundledSection("medical-insurance-long-term-care", "长期护理保险是什么");
    expect(section.body).toContain("国家逐步开展长期护理保障工作，保障老年人的护理需求");
    expect(section.basis).toBe("《老年人权益保障法》第三十条");
    expect(basisTargets("medical-insurance-long-term-care", "长期护理保险是什么")).toEqual([]);
  });
});
