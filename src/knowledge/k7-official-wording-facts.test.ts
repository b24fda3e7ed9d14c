import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisArticlesOf } from "./official-basis.testing.js";
import { pipelineFacts } from "./pipeline-facts.testing.js";

// Session 18 official-wording pass (helper k7, 2026-12-07): sections of knowledge/education and knowledge/financing
// that had no 依据, checked against the flk texts mirrored in muztag/laws (snapshot 41b72fb), versions the mirror marks
// 有效: 义务教育法 (2018), 教育法 (2021), 高等教育法 (2018), 民办教育促进法实施条例 (2021 revision, 国务院令第741号, imported
// here), 居住证暂行条例, 中小企业促进法 (2017), 就业促进法 (2015), 融资担保公司监督管理条例 and 民法典 (2020; not imported).
const { answeredFrom } = pipelineFacts("k7-wording");

/** The articles a section's 依据 resolves to, and their names (law short name + article, without the 款). */
function resolved(docId: string, heading: string) {
  const articles = basisArticlesOf(docId, heading);
  return { articles, names: articles.map((a) => `${a.article?.law}${a.heading.replace(/第.款$/, "")}`) };
}

describe("义务教育招生 (义务教育法、民办教育促进法实施条例)", () => {
  it("private compulsory-education schools enrol 同期 with public ones, under the approving authority (实施条例第三十一条)", () => {
    const section = bundledSection("education-enrolment-public-private", "公办和民办学校是同时招生吗");
    expect(section.body).toContain("与公办学校同期招生");
    expect(section.body).toContain("纳入审批机关所在地统一管理");
    const { names, articles } = resolved("education-enrolment-public-private", "公办和民办学校是同时招生吗");
    expect(names).toContain("民办教育促进法实施条例第三十一条");
    expect(articles.map((a) => a.body).join("")).toContain("与公办学校同期招生");
  });

  it("免试入学, and no 学科知识类入学考试 or 提前招生 at private schools (义务教育法第十二条、实施条例第三十一条)", async () => {
    const section = bundledSection("education-enrolment-public-private", "学校能用考试");
    expect(section.body).toContain("适龄儿童、少年免试入学");
    expect(section.body).toContain("不得组织或者变相组织学科知识类入学考试，不得提前招生");
    expect(resolved("education-enrolment-public-private", "学校能用考试").names).toEqual(["义务教育法第十二条", "民办教育促进法实施条例第三十一条"]);
    const response = await answeredFrom("民办初中能不能自己组织考试招生", "education-enrolment-public-private");
    expect(response.answer).toContain("不得组织或者变相组织学科知识类入学考试");
  });

  it("就近入学 and the 学校设置规划 by 数量和分布状况 (义务教育法第七条、第十二条、第十五条)", () => {
    const section = bundledSection("education-enrolment-public-private", "学区和对口学校由谁划定");
    expect(section.body).toContain("在户籍所在地学校就近入学");
    expect(section.body).toContain("县级人民政府为主管理");
    expect(section.body).toContain("数量和分布状况等因素制定、调整学校设置规划");
    expect(resolved("education-enrolment-public-private", "学区和对口学校由谁划定").names).toEqual(["义务教育法第十二条", "义务教育法第七条", "义务教育法第十五条"]);
  });
});

describe("摇号 and 报名时间: the law behind the notice (实施条例第三十一条、义务教育法第十三条)", () => {
  it("private schools 公开公平公正录取学生; the county education department 组织和督促 enrolment", () => {
    expect(bundledSection("education-enrolment-public-private", "民办学校报名的人太多怎么录取").body).toContain("公开公平公正录取学生");
    expect(resolved("education-enrolment-public-private", "民办学校报名的人太多怎么录取").names).toEqual(["民办教育促进法实施条例第三十一条"]);
    expect(bundledSection("education-enrolment-public-private", "义务教育招生报名时间在哪里看").body).toContain("县级人民政府教育行政部门和乡镇人民政府组织和督促适龄儿童、少年入学");
    expect(resolved("education-enrolment-public-private", "义务教育招生报名时间在哪里看").names).toEqual(["义务教育法第十三条"]);
  });
});

describe("随迁子女入学 (义务教育法、居住证暂行条例)", () => {
  it("the local government provides 平等接受义务教育的条件 for a child in a public school (义务教育法第十二条)", () => {
    expect(bundledSection("education-migrant-children-enrolment", "随迁子女能上公办学校吗").body).toContain("提供平等接受义务教育的条件");
    expect(resolved("education-migrant-children-enrolment", "随迁子女能上公办学校吗").names).toEqual(["义务教育法第十二条"]);
  });

  it("no 学费、杂费; free textbooks and 寄宿生生活费 for poor families (义务教育法第二条、第四十四条)", () => {
    const section = bundledSection("education-migrant-children-enrolment", "免学杂费和补助还能享受吗");
    expect(section.body).toContain("不收学费、杂费");
    expect(section.body).toContain("免费提供教科书并补助寄宿生生活费");
    expect(resolved("education-migrant-children-enrolment", "免学杂费和补助还能享受吗").names).toEqual(["义务教育法第二条", "义务教育法第四十四条"]);
  });
});

describe("考试和助学 (教育法、高等教育法)", () => {
  it("国家教育考试 by the 国务院教育行政部门 and an approved body (教育法第二十一条、高等教育法第十九条)", () => {
    const section = bundledSection("education-exams-migrant-children", "中考、高考的考试政策由谁决定");
    expect(section.body).toContain("国家教育考试由国务院教育行政部门确定种类，并由国家批准的实施教育考试的机构承办");
    expect(section.body).toContain("经考试合格，由实施相应学历教育的高等学校录取");
    expect(resolved("education-exams-migrant-children", "中考、高考的考试政策由谁决定").names).toEqual(["教育法第二十一条", "高等教育法第十九条"]);
  });

  it("贷学金 for 家庭经济困难的学生 (高等教育法第五十五条、教育法第三十八条)", async () => {
    const section = bundledSection("education-student-loans", "谁可以申请国家助学贷款");
    expect(section.body).toContain("国家设立高等学校学生勤工助学基金和贷学金");
    expect(section.body).toContain("获得贷学金及助学金的学生，应当履行相应的义务");
    expect(resolved("education-student-loans", "谁可以申请国家助学贷款").names).toEqual(["高等教育法第五十五条", "教育法第三十八条"]);
    await answeredFrom("家里穷上大学能贷款吗", "education-student-loans");
  });
});

describe("融资 (中小企业促进法、就业促进法、融资担保公司监督管理条例)", () => {
  it("信用信息 共享 and 征信 for SMEs (中小企业促进法第七条、第二十三条)", () => {
    const section = bundledSection("financing-credit-info-platform", "融资信用服务平台会共享企业哪些信息");
    expect(section.body).toContain("实现中小企业信用信息查询、交流和共享的社会化");
    expect(resolved("financing-credit-info-platform", "融资信用服务平台会共享企业哪些信息").names).toEqual(["中小企业促进法第七条", "中小企业促进法第二十三条"]);
  });

  it("国有大型商业银行应当设立普惠金融机构 (中小企业促进法第十六条、第十七条)", () => {
    for (const [docId, heading] of [["financing-credit-info-platform", "没有抵押物的小微企业"], ["financing-inclusive-micro-loans", "小微企业没有抵押能不能贷到款"]] as const) {
      expect(bundledSection(docId, heading).body).toContain("国有大型商业银行应当设立普惠金融机构，为小型微型企业提供金融服务");
      expect(resolved(docId, heading).names).toEqual(["中小企业促进法第十六条", "中小企业促进法第十七条"]);
    }
  });

  it("出口信用保险 by the 政策性金融机构 (中小企业促进法第四十一条)", () => {
    expect(bundledSection("financing-export-credit-insurance", "中小微外贸企业能投保").body).toContain("应当通过开展进出口信贷、出口信用保险等业务");
    expect(resolved("financing-export-credit-insurance", "中小微外贸企业能投保").names).toEqual(["中小企业促进法第四十一条"]);
  });

  it("小额信贷 for 自主创业人员 (就业促进法第十九条、第五十二条)", () => {
    expect(bundledSection("financing-startup-guarantee-loan", "哪些人可以申请创业担保贷款").body).toContain("对自主创业人员在一定期限内给予小额信贷等扶持");
    expect(resolved("financing-startup-guarantee-loan", "哪些人可以申请创业担保贷款").names).toEqual(["就业促进法第十九条", "就业促进法第五十二条"]);
  });

  it("政府性融资担保: 合作机制, 风险分担机制, 较低的费率水平 (融资担保公司监督管理条例第五条、第十九条)", () => {
    const shared = bundledSection("financing-government-guarantee", "银行和担保机构出了风险怎么分担");
    expect(shared.body).toContain("建立政府、银行业金融机构、融资担保公司合作机制");
    expect(shared.body).toContain("通过资本金投入、建立风险分担机制等方式");
    expect(shared.basis).toBe("融资担保公司监督管理条例第五条");
    const profit = bundledSection("financing-government-guarantee", "会不会追求盈利");
    expect(profit.body).toContain("保持较低的费率水平");
    expect(profit.body).toContain("应当按照国家有关规定降低对小微企业和农业、农村、农民的融资担保费率");
  });
});

describe("民法典: 应收账款质押、保理、动产抵押 (not imported; checked against the 2020 text)", () => {
  it("应收账款 pledged from 出质登记; not transferred without the 质权人's consent (第四百四十条、第四百四十五条)", () => {
    expect(bundledSection("financing-receivables-movables-security", "应收账款能拿去质押贷款吗").basis).toBe("第四百四十条、第四百四十五条");
    const transfer = bundledSection("financing-receivables-movables-security", "应收账款质押以后还能转让吗");
    expect(transfer.body).toContain("应收账款出质后不得转让，但出质人与质权人协商同意的除外");
    expect(transfer.basis).toBe("第四百四十五条、第四百四十六条");
  });

  it("several factorings of one receivable: the last case 按照保理融资款或者服务报酬的比例 (第七百六十八条)", async () => {
    const section = bundledSection("financing-receivables-movables-security", "同一笔应收账款做了几次保理");
    expect(section.body).toContain("既未登记也未通知的，按照保理融资款或者服务报酬的比例取得");
    expect(section.basis).toBe("第七百六十八条、第七百六十三条");
    const response = await answeredFrom("应收账款同一笔保理给两家了又都没登记也没通知咋办", "financing-receivables-movables-security");
    expect(response.answer).toContain("按照保理融资款或者服务报酬的比例取得");
  });

  it("two mortgages of one asset: registered first, then by date, unregistered 按照债权比例 (第四百一十四条)", () => {
    const section = bundledSection("financing-receivables-movables-security", "企业能用设备、原材料、存货抵押贷款吗");
    expect(section.body).toContain("都未登记的按照债权比例清偿");
    expect(section.body).toContain("不得对抗正常经营活动中已支付合理价款并取得抵押财产的买受人");
    expect(section.basis).toBe("第三百九十六条、第四百零三条、第四百零四条、第四百一十四条");
  });

  it("factoring: 有追索权 and 无追索权 (第七百六十六条、第七百六十七条); the contract 应当采用书面形式 (第七百六十二条)", () => {
    expect(bundledSection("financing-receivables-movables-security", "有追索权保理和无追索权保理").basis).toBe("第七百六十六条、第七百六十七条");
    expect(bundledSection("financing-receivables-movables-security", "保理是什么").body).toContain("应当采用书面形式");
  });
});

describe("民办教育促进法实施条例 (2021): sections k7 added to education-enrolment-public-private", () => {
  it("fees: 办学成本核算制度 and the province's 最高限价 for some non-profit schools (第四十二条)", async () => {
    const section = bundledSection("education-enrolment-public-private", "民办学校学费是谁定的");
    expect(section.body).toContain("合理确定收费项目和标准");
    expect(section.body).toContain("省、自治区、直辖市人民政府可以对其收费制定最高限价");
    expect(resolved("education-enrolment-public-private", "民办学校学费是谁定的").names).toContain("民办教育促进法实施条例第四十二条");
    const response = await answeredFrom("孩子读的私立初中今年学费涨了一大截，学校想涨就涨吗", "education-enrolment-public-private");
    expect(response.answer).toContain("合理确定收费项目和标准");
  });

  it("a public compulsory-education school 不得转为民办学校 (第七条); staff get 社会保险费和住房公积金 (第三十六条)", () => {
    expect(bundledSection("education-enrolment-public-private", "公办学校能办民办学校").body).toContain("实施义务教育的公办学校不得举办或者参与举办民办学校，也不得转为民办学校");
    expect(bundledSection("education-enrolment-public-private", "民办学校老师的工资和社保").body).toContain("按时足额支付工资，足额缴纳社会保险费和住房公积金");
  });
});
