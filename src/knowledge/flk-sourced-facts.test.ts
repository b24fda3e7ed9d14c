import { describe, expect, it } from "vitest";
import { bundledDocument } from "./bundled-facts.testing.js";

// Facts checked on 2026-12-07 (issue 10) against the texts of the national database of laws and
// regulations (flk.npc.gov.cn, read in the lawtext/laws transcription of its DOCX files, snapshot
// 2026-05-16): each document's url is the flk page of the exact text it names.
const doc = bundledDocument;
const flk = (id: string) => `https://flk.npc.gov.cn/detail?id=${id}`;

describe("facts from flk.npc.gov.cn texts", () => {
  it("five documents name the flk page of their law or regulation", () => {
    expect(doc("education-vocational-education-law").meta.url).toBe(flk("ff808181802d2853018044c7370108c6"));
    expect(doc("ip-software-copyright").meta.url).toBe(flk("ff8080816f3cbb3c016f404be4af02ad"));
    expect(doc("ip-copyright-regulation").meta.url).toBe(flk("ff8080816f3cbb3c016f4098806604fc"));
    expect(doc("financing-guarantee-company-regulation").meta.url).toBe(flk("ff8080816f3cbb3c016f413336081ca4"));
    expect(doc("enterprise-business-environment").meta.url).toBe(flk("ff8080816f3cbb3c016f4147c4821ff1"));
  });

  it("职业教育法 第十五条、第五十一条: 技工学校 are 中职, 技师学院 may join the 高职 sequence, certificates count for work", () => {
    const levels = doc("education-vocational-education-law").section("技能等级证书").body;
    expect(levels).toContain("中等职业学校（含技工学校）");
    expect(levels).toContain("技师学院也纳入高等职业学校序列");
    expect(levels).toContain("作为从业的凭证");
  });

  it("软件登记 is a 初步证明 only (第七条); the 2026-12-07 review dropped the unsourced 权属证据 clause", () => {
    const registration = doc("ip-software-copyright").section("软著登记证书").body;
    expect(registration).toContain("初步证明");
    expect(registration).not.toContain("权属证据");
  });

  it("禁止使用童工规定 (国务院令第364号): 5000元 a child a month, 1万元 after the deadline, 5000元 per referral", () => {
    const fines = doc("enterprise-child-labour-ban").section("罚多少钱").body;
    expect(fines).toContain("每使用一名童工每月5000元");
    expect(fines).toContain("每人每月1万元");
    expect(fines).toContain("每介绍一人罚5000元");
  });

  it("反不正当竞争法 (2025): 1–5 times for wilful serious infringement, up to 500万元 by the court, fines 10万–100万 / 100万–500万", () => {
    const secrets = doc("ip-trade-secrets");
    expect(secrets.meta.effective).toBe("2025-10-15");
    const remedies = secrets.section("赔偿").body;
    expect(remedies).toContain("1倍以上5倍以下");
    expect(remedies).toContain("500万元以下的赔偿");
    expect(remedies).toContain("10万元以上100万元以下罚款");
  });
});
