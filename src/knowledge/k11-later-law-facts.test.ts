import { describe, expect, it } from "vitest";
import { bundledSection } from "./bundled-facts.testing.js";
import { basisTargets } from "./official-basis.testing.js";

// Session 19 audit (helper k11, 2026-12-08): curated sections read against the articles their 依据 names. Three said what an
// older regulation says where the later, higher law in knowledge/official/ says otherwise; they now follow the law.
const SHEBAO = "social-security-she-hui-bao-xian-fa";

describe("社会保险法 over the older 条例", () => {
  it("unpaid 工伤保险费: the 征收机构 orders payment and adds the 滞纳金 (社会保险法第八十六条), not the 行政部门", () => {
    const section = bundledSection("social-security-work-injury-benefits", "单位没给交工伤保险");
    expect(section.body).toContain("由社会保险费征收机构责令限期缴纳或者补足，并自欠缴之日起按日加收万分之五的滞纳金");
    expect(section.body).not.toContain("社会保险行政部门会责令单位限期参加、补缴");
    expect(basisTargets("social-security-work-injury-benefits", "单位没给交工伤保险")).toEqual([
      "social-security-gong-shang-bao-xian-tiao-li#第六十二条",
      `${SHEBAO}#第四十一条`,
      `${SHEBAO}#第八十六条`,
    ]);
  });

  it("death while drawing 失业保险金: 一次性丧葬补助金和抚恤金 to the 遗属 (社会保险法第四十九条)", () => {
    const section = bundledSection("social-security-unemployment-insurance", "除了失业金还有哪些待遇");
    expect(section.body).toContain("向其遗属发给一次性丧葬补助金和抚恤金");
    expect(section.body).not.toContain("其供养的配偶、直系亲属的抚恤金");
  });
});

describe("残疾人保障法 over the older 残疾人就业条例", () => {
  it("disabled people running an individual business: 免除行政事业性收费 (残疾人保障法第三十六条), the 条例's list noted as older", () => {
    const section = bundledSection("enterprise-disabled-employment", "残疾人自己创业");
    expect(section.body).toContain("并免除行政事业性收费（残疾人保障法的规定");
    expect(basisTargets("enterprise-disabled-employment", "残疾人自己创业")).toEqual([
      "social-security-can-ji-ren-jiu-ye-tiao-li#第十七条",
      "social-security-can-ji-ren-jiu-ye-tiao-li#第十八条",
      "social-security-can-ji-ren-jiu-ye-tiao-li#第十九条",
      "social-security-can-ji-ren-bao-zhang-fa#第三十六条",
    ]);
  });
});
