import { describe, expect, it } from "vitest";
import { bundledDocument, bundledSection } from "./bundled-facts.testing.js";

// Facts in the 社保 / 医保 / 户籍 documents checked on 2026-12-06 against their official texts:
// 户口登记条例 and 法释〔2026〕1号 from flk.npc.gov.cn, 人社部发〔2011〕47号 (社会保障卡管理办法), 国办发〔2026〕11号
// (分级诊疗, as quoted from its gov.cn page).
const section = bundledSection;

describe("social security and residence facts", () => {
  it("户口登记条例: birth registered within one month, 迁入 within 3 days (city) / 10 days (countryside)", () => {
    const birth = section("residence-hukou-registration", "出生后多久要报户口");
    expect(birth.body).toContain("婴儿出生后一个月以内");
    expect(birth.basis).toBe("第三条、第七条、第九条");
    const move = section("residence-hukou-registration", "多少天内要去落户");
    expect(move.body).toMatch(/城市在三日以内、农村在十日以内/);
    expect(move.basis).toBe("第十条、第十三条");
    const death = section("residence-hukou-registration", "户口怎么注销");
    expect(death.body).toMatch(/城市在安葬前、农村在一个月以内/);
    expect(death.url).toBe("https://flk.npc.gov.cn/detail?id=2c909fdd678bf17901678bf8a7250b77");
  });

  it("户口登记条例: lending a 户口簿 is punishable; a name change is asked by the person (18+) or parents", () => {
    expect(section("residence-hukou-registration", "借给别人").body).toMatch(/出借.*治安管理处罚或者追究刑事责任/);
    const name = section("residence-hukou-registration", "名字能改吗");
    expect(name.body).toMatch(/未满十八周岁的，由本人或者父母、收养人.*十八周岁以上的，由本人申请/);
  });

  it("医保基金先行支付 (法释〔2026〕1号): written application to the 经办机构; paying first oneself is no bar", () => {
    const apply = section("medical-insurance-third-party-advance-payment", "怎么申请医保先行支付");
    expect(apply.docNo).toBe("法释〔2026〕1号");
    expect(apply.effective).toBe("2026-02-01");
    expect(apply.body).toMatch(/参保地的社会保险经办机构书面申请/);
    const paid = section("medical-insurance-third-party-advance-payment", "自己已经垫付");
    expect(paid.body).toMatch(/不因结算医疗费时自己已经先付了钱而受影响/);
    expect(paid.body).toContain("人民法院依法支持");
  });

  it("医疗保障法: adopted 2026-08-28, in force 2027-01-01, current rules apply until then", () => {
    const law = bundledDocument("medical-insurance-security-law");
    expect(law.meta.effective).toBe("2027-01-01");
    expect(law.text).toMatch(/2026年8月28日通过，自2027年1月1日起施行/);
    expect(law.text).toMatch(/2026年12月31日前.*现行规定办理/);
  });

  it("社会保障卡: the national 办法 defines the card and leaves 挂失补发 to the published local 规程 (第十六条)", () => {
    const card = bundledDocument("social-security-card");
    expect(card.meta.reviewed).toBe("2026-12-06");
    expect(card.section("有什么用").body).toContain("享有社会保障和公共就业服务权益的电子凭证");
    expect(card.section("有什么用").basis).toContain("第二条");
    const lost = card.section("丢了怎么挂失");
    expect(lost.basis).toBe("第十六条");
    expect(lost.body).toContain("应用管理规程");
    // A national two-step 挂失 or a 12333 channel is not in the 办法: no section states either as a rule.
    expect(card.text).not.toMatch(/各地一般提供临时挂失和正式挂失两步|先通过12333电话/);
  });

  it("分级诊疗 (国办发〔2026〕11号): 起付线 carried over on referral, about 10 points between levels, 12-week prescriptions", () => {
    const referral = section("medical-insurance-tiered-care", "起付线要重新算吗");
    expect(referral.docNo).toBe("国办发〔2026〕11号");
    expect(referral.body).toMatch(/住院的起付线可以连续计算.*同一疾病周期内不再另设住院起付线/);
    expect(section("medical-insurance-tiered-care", "报销比例差多少").body).toContain("逐级拉开10个百分点左右");
    expect(section("medical-insurance-tiered-care", "一次能开多长时间的药").body).toContain("不超过12周用药的长期处方");
    expect(section("medical-insurance-tiered-care", "家庭医生").body).toMatch(/基本服务包按规定纳入医保支付.*费用由个人支付/);
  });

  it("社会救助法: 医疗救助 applied for at the 乡镇/街道 of the 户籍, confirmed by the county 社会救助管理部门", () => {
    const apply = section("medical-insurance-medical-assistance", "怎么申请医疗救助");
    expect(apply.body).toMatch(/户籍所在地的乡镇人民政府、街道办事处提出/);
    expect(apply.body).toContain("报县级社会救助管理部门");
    expect(apply.basis).toBe("《社会救助法》第三十七条、《社会救助法》第四十二条、《社会救助法》第四十四条");
  });

  it("专项附加扣除 links 国发〔2018〕41号 on gov.cn", () => {
    expect(bundledDocument("social-security-iit-special-deductions").meta.url).toBe(
      "https://www.gov.cn/zhengce/content/2018-12/22/content_5351181.htm",
    );
  });
});
