import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";
import { statusOn } from "./validity.js";

// Facts in the education, IP, enterprise and residence documents as checked against their sources
// on 2026-12-06 (issue 10): amounts, the documents that state them, and the dates they stop applying.
const doc = bundledDocument;

describe("reviewed facts: education, IP, enterprise, residence", () => {
  it("college scholarships rest on 财教〔2024〕181号 with its moe.gov.cn text, 10000 / 6000 / 3700 a year", () => {
    const aid = doc("education-college-scholarships-grants");
    expect(aid.meta).toMatchObject({ docNo: "财教〔2024〕181号", url: expect.stringContaining("moe.gov.cn") });
    expect(aid.section("本专科国家奖学金").body).toMatch(/8000元提高到10000元.*6万名增加到12万名/);
    expect(aid.section("励志奖学金").body).toContain("5000元提高到6000元");
    expect(aid.section("国家助学金").body).toContain("3300元提高到3700元");
  });

  it("student loans are charged LPR minus 70 basis points since 2024, with interest paid by the state while studying", () => {
    const interest = doc("education-student-loans").section("利息").body;
    expect(interest).toMatch(/减60个基点调整为减70个基点/);
    expect(interest).toContain("由财政补贴");
  });

  it("the 2019 商标法 ends on 2026-12-31 and names its 2026 revision, in force from 2027-01-01", () => {
    for (const id of ["ip-trademark-law", "ip-trademark-procedures"]) {
      const law = doc(id).meta;
      expect(law.expires, id).toBe("2026-12-31");
      expect(law.supersededBy, id).toMatch(/2026年6月26日.*修订.*2027年1月1日起施行/);
      expect(statusOn(law, "2026-12-06"), id).toBe("current");
      expect(statusOn(law, "2027-01-01"), id).toBe("expired");
    }
    expect(doc("ip-trademark-law").section("新商标法").body).toMatch(/2026年6月26日修订通过.*2027年1月1日起施行/);
  });

  it("service and grassroots-job tuition compensation follows the loan caps (财教〔2024〕188号)", () => {
    const loans = doc("education-student-loans");
    expect(loans.meta.url).toBe("https://www.gov.cn/zhengce/zhengceku/202411/content_6984812.htm");
    expect(loans.section("还不上").body).toMatch(/本专科学生每人每年最高不超过20000元、研究生最高不超过25000元/);
  });

  it("居住证: renewal fees follow the national finance and price authorities, residence counts again from the late 签注", () => {
    const permit = doc("residence-residence-permit");
    expect(permit.section("要钱").body).toContain("国务院财政部门和价格主管部门");
    expect(permit.section("签注").body).toMatch(/从补办签注之日起重新连续计算/);
  });

  it("disabled employment: at least 1.5% of staff, and a daily 5‰ surcharge on unpaid 保障金", () => {
    const quota = doc("enterprise-disabled-employment");
    expect(quota.section("比例").body).toContain("1.5%");
    expect(quota.section("没招够").body).toContain("按日加收5‰的滞纳金");
    expect(quota.meta.url).toContain("gov.cn");
  });
});
