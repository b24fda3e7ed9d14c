import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisOf } from "./official-basis.testing.js";

// Session 19 official-wording pass (helper k9, 2026-12-07): sections of education, financing, social-security, enterprise,
// ip, elderly-care and residence that had no 依据 and rest on notices whose official text could not be read here. Where a
// national law or regulation says the same, the section now carries its phrase and names the article, read in the flk
// text as mirrored in muztag/laws (snapshot 41b72fb, the version marked 有效). The notice facts beside them are unchanged.

describe("居住证暂行条例: 积分落户, public services, 换领补领 where one lives", () => {
  it("积分落户 by the 条例's main indicators in cities over 500万 (第十六条)", () => {
    const section = bundledSection("residence-hukou-reform", "积分落户主要看什么");
    expect(section.body).toContain("合法稳定就业和合法稳定住所、参加城镇社会保险年限、连续居住年限等为主要指标");
    expect(section.body).toContain("城区人口300万至500万的大城市也可以");
    expect(section.basis).toBe("《居住证暂行条例》第十六条");
    expect(basisOf("residence-hukou-reform", "积分落户主要看什么")).toEqual(["居住证暂行条例第十六条"]);
  });

  it("居住证持有人's rights and 基本公共服务 (第十二条)", () => {
    const section = bundledSection("residence-hukou-reform", "没有本地户口");
    expect(section.body).toContain("缴存、提取和使用住房公积金的权利");
    expect(section.body).toContain("享有义务教育、基本公共就业服务、基本公共卫生服务等基本公共服务");
    expect(basisOf("residence-hukou-reform", "没有本地户口")).toEqual(["居住证暂行条例第十二条"]);
  });

  it("换领、补领居民身份证 is one of the 便利 in the place of residence (第十三条)", () => {
    const section = bundledSection("residence-id-card", "人在外地");
    expect(section.body).toContain("换领、补领居民身份证列为居住证持有人在居住地享受的便利");
    expect(basisOf("residence-id-card", "人在外地")).toEqual(["居住证暂行条例第十三条"]);
  });
});

describe("农村土地承包法 and 土地管理法: land stays with farmers who settle in town (not imported)", () => {
  it("不得以退出土地承包经营权作为农户进城落户的条件; 宅基地 自愿有偿退出", () => {
    const section = bundledSection("residence-hukou-reform", "老家的地");
    expect(section.body).toContain("国家保护进城农户的土地承包经营权，不得以退出土地承包经营权作为农户进城落户的条件");
    expect(section.body).toContain("国家允许进城落户的农村村民依法自愿有偿退出宅基地");
    expect(section.body).toContain("禁止以退出宅基地作为进城落户的条件");
    expect(section.body).not.toContain("国发〔2014〕25号");
    expect(section.basis).toBe("《农村土地承包法》第二十七条；《土地管理法》第六十二条；《土地管理法实施条例》第三十五条");
    expect(basisOf("residence-hukou-reform", "老家的地")).toEqual([]);
  });
});

describe("优化营商环境条例: the four ways of 证照分离", () => {
  it("取消的许可 不得继续实施或者变相实施 (第四十条), the four ways named in 第十九条", () => {
    expect(bundledSection("enterprise-zhengzhao-fenli", "直接取消审批").body).toContain("行政机关不得继续实施或者变相实施");
    expect(basisOf("enterprise-zhengzhao-fenli", "直接取消审批")).toEqual(["优化营商环境条例第十九条", "优化营商环境条例第四十条"]);
  });

  it("备案 never a disguised 许可 (第三十九条)", () => {
    expect(bundledSection("enterprise-zhengzhao-fenli", "审批改为备案").body).toContain("严禁以备案等任何形式变相设定或者实施行政许可");
    expect(basisOf("enterprise-zhengzhao-fenli", "审批改为备案")).toEqual(["优化营商环境条例第十九条", "优化营商环境条例第三十九条"]);
  });

  it("告知承诺 and 优化审批服务 (第四十条)", () => {
    expect(bundledSection("enterprise-zhengzhao-fenli", "告知承诺").body).toContain("可以按照有关规定采取告知承诺的方式办理");
    expect(bundledSection("enterprise-zhengzhao-fenli", "优化审批服务").body).toContain("整合实施、下放审批层级等多种方式");
    expect(basisOf("enterprise-zhengzhao-fenli", "告知承诺")[0]).toBe("优化营商环境条例第四十条");
    expect(basisOf("enterprise-zhengzhao-fenli", "优化审批服务")[0]).toBe("优化营商环境条例第四十条");
  });
});

describe("老年人权益保障法: 助餐 facilities, 养老服务补贴, care at home", () => {
  it("养老服务设施 in community plans, 就近为老年人提供服务 (第三十八条)", () => {
    expect(bundledSection("elderly-care-meal-assistance", "老年食堂").body).toContain("纳入城乡社区配套设施建设规划，就近为老年人提供服务");
    expect(basisOf("elderly-care-meal-assistance", "老年食堂")).toEqual(["老年人权益保障法第三十八条"]);
  });

  it("对经济困难的老年人 逐步给予养老服务补贴 (第三十七条)", () => {
    expect(bundledSection("elderly-care-meal-assistance", "有补贴吗").body).toContain("对经济困难的老年人，地方各级人民政府应当逐步给予养老服务补贴");
    expect(basisOf("elderly-care-meal-assistance", "有补贴吗")).toEqual(["老年人权益保障法第三十七条"]);
    expect(bundledSection("elderly-care-meal-assistance", "送餐上门").body).toContain("为居家的老年人提供生活照料");
    expect(basisOf("elderly-care-meal-assistance", "送餐上门")).toEqual(["老年人权益保障法第三十七条"]);
  });
});

describe("laws named but not imported: 中国人民银行法, 对外贸易法 (2025), 防范和处置非法集资条例", () => {
  it("人民币 任何单位和个人不得拒收 (中国人民银行法第十六条)", () => {
    const section = bundledSection("elderly-care-digital-divide", "只用现金");
    expect(section.body).toContain("以人民币支付中华人民共和国境内的一切公共的和私人的债务，任何单位和个人不得拒收");
    expect(section.basis).toBe("《中国人民银行法》第十六条");
    expect(basisOf("elderly-care-digital-divide", "只用现金")).toEqual([]);
  });

  it("出口信用保险 as a way the state promotes foreign trade (对外贸易法第五十八条)", () => {
    const section = bundledSection("financing-export-credit-insurance", "出口信用保险是干什么的");
    expect(section.body).toContain("国家通过进出口信贷、出口信用保险、出口退税以及其他促进对外贸易的方式，发展对外贸易");
    expect(section.basis).toBe("《对外贸易法》第五十八条");
    expect(basisOf("financing-export-credit-insurance", "出口信用保险是干什么的")).toEqual([]);
  });

  it("非法集资 defined by 许诺还本付息或者给予其他投资回报 (第二条); anyone may report it (第十六条)", () => {
    const section = bundledSection("elderly-care-choosing-institution", "预交大笔钱");
    expect(section.body).toContain("以许诺还本付息或者给予其他投资回报等方式向不特定对象吸收资金的，属于非法集资");
    expect(section.body).toContain("任何单位和个人都有权举报");
    expect(section.basis).toBe("《防范和处置非法集资条例》第二条、第十六条");
    expect(basisOf("elderly-care-choosing-institution", "预交大笔钱")).toEqual([]);
  });
});

describe("优化营商环境条例 第三十条: 信用信息安全", () => {
  it("维护信用信息安全，严格保护商业秘密和个人隐私", () => {
    expect(bundledSection("financing-credit-info-platform", "安全有保障吗").body).toContain("维护信用信息安全，严格保护商业秘密和个人隐私");
    expect(basisOf("financing-credit-info-platform", "安全有保障吗")).toEqual(["优化营商环境条例第三十条"]);
  });
});

describe("专利法, 商标法 and 社会保险法", () => {
  it("侵权纠纷: 协商, then 法院 or the administrative department (专利法第六十五条, 商标法第六十条)", () => {
    const section = bundledSection("ip-protection-centers", "被侵权了");
    expect(section.body).toContain("不愿协商或者协商不成的，权利人或者利害关系人可以向人民法院起诉");
    expect(basisOf("ip-protection-centers", "被侵权了")).toEqual(expect.arrayContaining(["专利法第六十五条", "商标法第六十条第一款"]));
  });

  it("居民养老 待遇由基础养老金和个人账户养老金组成 (第二十一条), 合并实施 (第二十二条); 余额可以继承 (第十四条)", () => {
    const parts = bundledSection("social-security-resident-pension", "由哪几块组成");
    expect(parts.body).toContain("新型农村社会养老保险待遇由基础养老金和个人账户养老金组成");
    expect(parts.body).toContain("合并实施");
    expect(basisOf("social-security-resident-pension", "由哪几块组成")).toEqual(["社会保险法第二十一条", "社会保险法第二十二条"]);
    expect(bundledSection("social-security-resident-pension", "参保人去世").body).toContain("个人死亡的，个人账户余额可以继承");
    expect(basisOf("social-security-resident-pension", "参保人去世")).toEqual(["社会保险法第十四条"]);
  });
});
