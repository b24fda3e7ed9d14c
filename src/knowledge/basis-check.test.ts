import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document.js";
import { checkBases } from "./basis-check.js";

const law = parseDocument("social-security/social-security-she-hui-bao-xian-fa.md", fs.readFileSync("knowledge/official/social-security/social-security-she-hui-bao-xian-fa.md", "utf8"));
const curated = (basis: string, body: string) =>
  parseDocument("x/x-a.md", `---\nid: x-a\ntitle: 测试\ntopic: social-security\naudience: both\nissuer: 某部\neffective: 2024-01-01\nreviewed: 2026-01-01\nregion: 全国\n---\n\n## 一节\n依据：${basis}\n\n${body}\n`);
const byNumber = (n: number) => () => law.filter((p) => p.article?.number === n);

describe("checkBases", () => {
  it("reports a curated section that states what its basis article negates, or a figure the article lacks", () => {
    const [drunk] = curated("《社会保险法》第三十七条", "上班时醉酒受伤的，认定为工伤。");
    const [months] = curated("《社会保险法》第四十六条", "累计缴费满1年不足5年的，最长领取12个月；10年以上的，最长领取36个月。");
    const findings = checkBases([drunk!, months!], (section) => byNumber(section.basis!.includes("三十七") ? 37 : 46)());
    expect(findings.map((f) => f.problem)).toEqual(['states "认定为工伤" where the article says "不认定为工伤"', 'states "36个月", which the article does not']);
    expect(findings[0]!.article?.heading).toBe("第三十七条");
  });

  it("accepts a section that agrees, and says when the basis article is not loaded", () => {
    const [agrees] = curated("《社会保险法》第四十六条", "累计缴费满1年不足5年的，最长领取12个月；累计缴费10年以上的，最长领取24个月。");
    expect(checkBases([agrees!], byNumber(46))).toEqual([]);
    expect(checkBases([agrees!], () => [])[0]!.problem).toMatch(/not in the loaded knowledge/);
  });

  it("does not report a predicate the article also states plainly", () => {
    const [agreement] = curated("《社会保险法》第四十六条", "子女之间可以就履行赡养义务签订协议。");
    const article = curated("x", "赡养人不履行赡养义务，老年人有要求赡养人付给赡养费等权利。经老年人同意，赡养人之间可以就履行赡养义务签订协议。");
    const negatedOnly = curated("x", "赡养人不履行赡养义务，老年人有要求赡养人付给赡养费等权利。");
    expect(checkBases([agreement!], () => article)).toEqual([]);
    expect(checkBases([agreement!], () => negatedOnly).map((f) => f.kind)).toEqual(["negation"]);
  });
});
