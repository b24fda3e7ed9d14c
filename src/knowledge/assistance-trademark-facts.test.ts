import { describe, expect, it } from "vitest";
import { answeringCitation, pipelineFacts } from "./pipeline-facts.testing.js";

// Plain national facts added on 2026-12-06 (issue 10), read in the texts LawRefBook/Laws mirrors: 商标法 (2019修正, in
// force until 2027-01-01), 老年人权益保障法 (2018修正) and the 临时居民身份证管理办法 (公安部令第78号). The 社会救助 facts
// were first written from the 社会救助暂行办法 and moved on 2026-12-07 to the 中华人民共和国社会救助法 (in force
// 2026-07-01; the flk text as mirrored in 6shell/laws and muztag/laws). Colloquial questions go through the real answer pipeline.
const { answeredFrom } = pipelineFacts("assist-tm-facts");

describe("社会救助法", () => {
  it("低保 is applied for at the 乡镇/街道 of the 户籍 and confirmed by the county 社会救助管理部门 (第三十七条、第四十四条)", async () => {
    const response = await answeredFrom("低保在哪申请", "social-security-social-assistance");
    expect(answeringCitation(response)).toMatchObject({ basis: "第三十七条、第四十条、第四十三条、第四十四条、第四十五条" });
    expect(answeringCitation(response)?.docNo).toBeUndefined();
    expect(response.answer).toContain("户籍所在地乡镇人民政府、街道办事处");
    expect(response.answer).toContain("县级社会救助管理部门作出确认决定");
  });

  it("a family hit by fire or sudden grave illness can ask for 临时救助 (第二十九条)", async () => {
    const response = await answeredFrom("家里房子着火了没地方住能申请救助吗", "social-security-social-assistance");
    expect(response.answer).toContain("临时救助");
    expect(response.answer).toContain("火灾");
  });

  it("cheating the 低保 costs a fine of up to twice what was obtained (第七十三条)", async () => {
    const response = await answeredFrom("骗低保被查到会罚多少", "social-security-social-assistance");
    expect(response.answer).toContain("二倍以下");
  });
});

describe("商标法, 老年人权益保障法 and 临时居民身份证管理办法", () => {
  it("trademark priority runs 6 months from a first foreign filing or an exhibition (第二十五条、第二十六条)", async () => {
    const response = await answeredFrom("商标在日本申请过了国内还能要优先权吗", "ip-trademark-law");
    expect(answeringCitation(response)?.basis).toBe("第二十五条、第二十六条");
    expect(response.answer).toContain("6个月内");
    expect(response.answer).toContain("3个月内");
  });

  it("a child's spouse must assist in supporting the elderly parent (第十四条)", async () => {
    const response = await answeredFrom("女婿对丈母娘有没有赡养义务", "elderly-care-elderly-rights");
    expect(response.answer).toContain("协助赡养人履行赡养义务");
  });

  it("the temporary ID card is not free: a 工本费 is payable (第十七条)", async () => {
    const response = await answeredFrom("办临时身份证要钱吗", "residence-temporary-id-card");
    expect(answeringCitation(response)?.basis).toBe("第十七条");
    expect(response.answer).toContain("应当缴纳证件工本费");
  });
});
