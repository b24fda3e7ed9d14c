import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisOf } from "./official-basis.testing.js";

// Session 18 official-wording pass (helper k8, 2026-12-07): enterprise, ip and elderly-care sections that had no 依据,
// each checked against the flk texts as mirrored in muztag/laws (snapshot 41b72fb) in the version the mirror marks 有效:
// 公司法 (2023修订), 社会保险法 (2018修正) and 社会保险经办条例, 专利法 (2020修正) and its 实施细则 (2023修订), 商标法
// (2019修正) and its 实施条例, 劳动法 (2018修正), 老年人权益保障法 (2018修正), 无障碍环境建设法, and five texts imported this
// session: 企业所得税法 (2018修正), 个人所得税法 (2018修正) and its 实施条例 (国务院令第707号), 税收征收管理法实施细则 (2016修订)
// and 国务院关于职工工作时间的规定 (1995修订). Each section's body carries the law's phrase and its 依据 names the article.

describe("公司法 (2023): 出资期限 and 出资责任", () => {
  it("有限公司 shareholders pay in full 自公司成立之日起五年内 (第四十七条)", () => {
    const section = bundledSection("enterprise-capital-contribution-deadline", "认缴了多久要缴足");
    expect(section.body).toContain("自公司成立之日起五年内缴足");
    expect(section.basis).toBe("第四十七条、第二百六十六条");
    expect(basisOf("enterprise-capital-contribution-deadline", "认缴了多久要缴足")).toContain("公司法第四十七条");
  });

  it("催缴 grace period 不得少于六十日, then 失权; 三十日内 to sue (第五十二条)", () => {
    const section = bundledSection("enterprise-capital-contribution-deadline", "股东不按期缴纳出资会怎样");
    expect(section.body).toContain("不得少于六十日");
    expect(section.body).toContain("丧失其未缴纳出资的股权");
    expect(section.body).toContain("自接到失权通知之日起三十日内向人民法院提起诉讼");
    expect(section.body).toContain("五万元以上二十万元以下的罚款");
    expect(basisOf("enterprise-capital-contribution-deadline", "股东不按期缴纳出资会怎样")).toEqual(
      expect.arrayContaining(["公司法第五十二条", "公司法第二百五十二条"]),
    );
  });

  it("加速到期 (第五十四条), 股权转让 (第八十八条), 股份公司 (第九十八条), 减资 (第二百二十四条)", () => {
    expect(bundledSection("enterprise-capital-contribution-deadline", "没到期的出资要提前缴吗").body).toContain("已认缴出资但未届出资期限的股东提前缴纳出资");
    expect(bundledSection("enterprise-capital-contribution-deadline", "转让没实缴的股权").body).toContain("转让人对受让人未按期缴纳的出资承担补充责任");
    expect(bundledSection("enterprise-capital-contribution-deadline", "股份有限公司的股款").body).toContain("应当在公司成立前按照其认购的股份全额缴纳股款");
    const reduce = bundledSection("enterprise-capital-contribution-deadline", "想减资");
    expect(reduce.body).toContain("未接到通知的自公告之日起四十五日内");
    expect(basisOf("enterprise-capital-contribution-deadline", "想减资")).toContain("公司法第二百二十四条");
  });
});

describe("社会保险法: the employer's registration and contributions", () => {
  it("register 自成立之日起三十日内 and 自用工之日起三十日内 (第五十七条、第五十八条)", () => {
    expect(bundledSection("enterprise-social-insurance-obligations", "新公司成立后").body).toContain("应当自成立之日起三十日内");
    expect(bundledSection("enterprise-social-insurance-obligations", "招了新员工").body).toContain("应当自用工之日起三十日内");
    expect(basisOf("enterprise-social-insurance-obligations", "新公司成立后")).toEqual(
      expect.arrayContaining(["社会保险法第五十七条", "社会保险经办条例第六条"]),
    );
  });

  it("late payment: 按日加收万分之五的滞纳金, then 一倍以上三倍以下 (第八十六条)", () => {
    const section = bundledSection("enterprise-social-insurance-obligations", "晚交、少交");
    expect(section.body).toContain("按日加收万分之五的滞纳金");
    expect(section.body).toContain("处欠缴数额一倍以上三倍以下的罚款");
    expect(section.body).toContain("上月缴费额的百分之一百一十");
    expect(basisOf("enterprise-social-insurance-obligations", "晚交、少交")).toContain("社会保险法第八十六条");
  });

  it("no registration: 五百元以上三千元以下 for the managers (第八十四条); 注销 needs 结清 first (经办条例第十条)", () => {
    expect(bundledSection("enterprise-social-insurance-obligations", "不办社保登记").body).toContain("五百元以上三千元以下的罚款");
    expect(bundledSection("enterprise-social-insurance-obligations", "变更或者注销").body).toContain("应当先结清欠缴的社会保险费、滞纳金、罚款");
    expect(basisOf("enterprise-social-insurance-obligations", "变更或者注销")).toContain("社会保险经办条例第十条");
  });
});

describe("企业所得税法, 个人所得税法 and 税收征收管理法实施细则 (imported this session)", () => {
  it("企业所得税 is prepaid 十五日内 and settled 五个月内 (企业所得税法第五十四条); losses carry 五年 (第十八条)", () => {
    expect(bundledSection("enterprise-tax-filing-basics", "预缴").body).toContain("自年度终了之日起五个月内");
    expect(bundledSection("enterprise-tax-filing-basics", "亏损").body).toContain("结转年限最长不得超过五年");
    expect(basisOf("enterprise-tax-filing-basics", "预缴")).toContain("企业所得税法第五十四条");
    expect(basisOf("enterprise-tax-filing-basics", "亏损")).toContain("企业所得税法第十八条");
  });

  it("deregistration: 结清应纳税款、滞纳金、罚款, 缴销发票; 吊销 15日内 (实施细则第十五条、第十六条)", () => {
    const section = bundledSection("enterprise-tax-filing-basics", "注销前，税务上要办什么");
    expect(section.body).toContain("结清应纳税款、滞纳金、罚款，缴销发票");
    expect(section.body).toContain("自实际经营终止之日起六十日内");
    expect(basisOf("enterprise-tax-filing-basics", "注销前，税务上要办什么")).toEqual(
      expect.arrayContaining(["税收征收管理法实施细则第十六条", "企业所得税法第五十五条"]),
    );
    expect(bundledSection("enterprise-tax-filing-basics", "地址搬了").body).toContain("并在30日内向迁达地税务机关申报办理税务登记");
  });

  it("个税汇算 次年三月一日至六月三十日 (个人所得税法第十一条; 实施条例第二十五条)", () => {
    const section = bundledSection("enterprise-individual-income-tax", "年度汇算");
    expect(section.body).toContain("次年三月一日至六月三十日内办理汇算清缴");
    expect(section.body).toContain("纳税年度内预缴税额低于应纳税额");
    expect(basisOf("enterprise-individual-income-tax", "年度汇算")).toEqual(
      expect.arrayContaining(["个人所得税法第十一条", "个人所得税法实施条例第二十五条"]),
    );
  });

  it("经营所得 5%–35%, 次年三月三十一日前 (第三条、第十二条); withholding 次月十五日内 (第十四条)", () => {
    expect(bundledSection("enterprise-individual-income-tax", "经营所得").body).toContain("在取得所得的次年三月三十一日前办理汇算清缴");
    const withheld = bundledSection("enterprise-individual-income-tax", "个税信息不对");
    expect(withheld.body).toContain("不得擅自更改纳税人提供的信息");
    expect(withheld.body).toContain("扣缴义务人拒绝修改的，纳税人应当报告税务机关");
    expect(basisOf("enterprise-individual-income-tax", "个税信息不对")).toContain("个人所得税法实施条例第三十条");
  });
});

describe("劳动法 and 国务院关于职工工作时间的规定", () => {
  it("每日工作8小时，每周工作40小时 (规定第三条); overtime 每月不得超过三十六小时 (劳动法第四十一条)", () => {
    expect(bundledSection("enterprise-working-hours-annual-leave", "每天、每周工作多长时间").body).toContain("职工每日工作8小时，每周工作40小时");
    expect(basisOf("enterprise-working-hours-annual-leave", "每天、每周工作多长时间")).toContain("国务院关于职工工作时间的规定第三条");
    expect(bundledSection("enterprise-working-hours-annual-leave", "加班最多").body).toContain("每月不得超过三十六小时");
    expect(basisOf("enterprise-working-hours-annual-leave", "加班费怎么算")).toEqual(["劳动法第四十四条"]);
  });

  it("a 依据 naming the unimported 实施办法 is no longer quoted with the 条例's article of the same number", () => {
    expect(basisOf("enterprise-working-hours-annual-leave", "请了很长病假")).toEqual(["职工带薪年休假条例第四条"]);
    expect(basisOf("enterprise-working-hours-annual-leave", "童工")).toContain("劳动法第九十四条");
  });
});

describe("专利法 and 专利法实施细则 (2023)", () => {
  it("late annual fee: 6个月内补缴, 滞纳金 每超过1个月加收当年全额年费的5% (细则第一百一十五条)", () => {
    const section = bundledSection("ip-patent-fees-deadlines", "年费交晚了");
    expect(section.body).toContain("每超过规定的缴费时间1个月，加收当年全额年费的5%");
    expect(section.basis).toBe("第一百一十五条");
    expect(basisOf("ip-patent-fees-deadlines", "年费交晚了")).toEqual(["专利法实施细则第一百一十五条"]);
  });

  it("复审 三个月内 (专利法第四十一条); 退款 自缴费日起3年内 (细则第一百一十一条); 恢复 2个月/2年 (细则第六条)", () => {
    expect(bundledSection("ip-patent-fees-deadlines", "被驳回了").body).toContain("自收到通知之日起三个月内");
    expect(basisOf("ip-patent-fees-deadlines", "被驳回了")).toContain("专利法第四十一条");
    expect(bundledSection("ip-patent-fees-deadlines", "交多了").body).toContain("自缴费日起3年内");
    expect(bundledSection("ip-patent-fees-deadlines", "还能恢复吗").body).toContain("自障碍消除之日起2个月内且自期限届满之日起2年内");
  });

  it("职务发明 belongs to the unit (专利法第六条); 离职后1年内 (细则第十三条); transfer 自登记之日起生效 (第十条)", () => {
    expect(bundledSection("ip-patent-ownership-transfer", "专利归公司还是归个人").body).toContain("申请专利的权利属于该单位");
    expect(bundledSection("ip-patent-ownership-transfer", "离职以后").body).toContain("劳动、人事关系终止后1年内作出的");
    expect(basisOf("ip-patent-ownership-transfer", "离职以后")).toContain("专利法实施细则第十三条");
    expect(bundledSection("ip-patent-ownership-transfer", "专利怎么转让").body).toContain("自登记之日起生效");
    expect(bundledSection("ip-patent-ownership-transfer", "共有的").body).toContain("以普通许可方式许可他人实施该专利");
  });
});

describe("商标法 (2019) and its 实施条例", () => {
  it("驳回复审 十五日内, decided 九个月内, court 三十日内 (第三十四条)", () => {
    const section = bundledSection("ip-trademark-procedures", "被驳回了");
    expect(section.body).toContain("自收到通知之日起十五日内");
    expect(section.body).toContain("九个月内做出决定");
    expect(basisOf("ip-trademark-procedures", "被驳回了")).toEqual(["商标法第三十四条"]);
  });

  it("许可 未经备案不得对抗善意第三人 (第四十三条); 名义、地址 change 全部注册商标一并变更 (实施条例第三十条)", () => {
    expect(bundledSection("ip-trademark-procedures", "许可给别人用").body).toContain("商标使用许可未经备案不得对抗善意第三人");
    expect(bundledSection("ip-trademark-procedures", "改名或搬家").body).toContain("应当将其全部注册商标一并变更");
    expect(basisOf("ip-trademark-procedures", "改名或搬家")).toContain("商标法实施条例第三十条");
  });
});

describe("老年人权益保障法 and 无障碍环境建设法 (elderly care)", () => {
  it("养老机构 register, then 向县级以上人民政府民政部门备案 (第四十三条); 签订服务协议 (第四十八条)", () => {
    expect(bundledSection("elderly-care-choosing-institution", "选养老院").body).toContain("向县级以上人民政府民政部门备案");
    expect(basisOf("elderly-care-choosing-institution", "选养老院")).toContain("老年人权益保障法第四十三条");
    expect(bundledSection("elderly-care-choosing-institution", "要签合同吗").body).toContain("应当与接受服务的老年人或者其代理人签订服务协议");
  });

  it("public services keep 现场指导、人工办理 (无障碍环境建设法第三十九条)", () => {
    expect(bundledSection("elderly-care-digital-divide", "办事还能去窗口吗").body).toContain("应当保留现场指导、人工办理等传统服务方式");
    expect(basisOf("elderly-care-digital-divide", "办事还能去窗口吗")).toEqual(["无障碍环境建设法第三十九条"]);
  });
});
