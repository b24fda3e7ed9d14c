import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { basisArticles } from "../retrieval/index.js";
import { checkBases } from "./basis-check.js";
import { bundledDocument } from "./bundled-facts.testing.js";
import { parseDocument } from "./parse-document.js";

// Who pays which social insurance, written on 2026-12-06 from the 社会保险法 (2018) and the 失业保险条例 (国务院令第258号)
// as LawRefBook/Laws reproduces them. The national rates of 国发〔2005〕38号, 国发〔1998〕44号 and 国办发〔2019〕13号
// (8%, 16%, 2%, 60%–300%) were not found in any stored official text, so the document leaves them to local policy.
const doc = bundledDocument("social-security-contribution-rates");
const imported = (file: string) => parseDocument(`social-security/${file}`, fs.readFileSync(`knowledge/official/social-security/${file}`, "utf8"));
const officialArticles = [...imported("social-security-she-hui-bao-xian-fa.md"), ...imported("social-security-shi-ye-bao-xian-tiao-li.md")];

describe("social insurance contributions: how they are paid and where they go", () => {
  it("employer pension contributions go to the pooled fund, the worker's to the personal account", () => {
    const split = doc.section("分别记到哪里").body;
    expect(split).toMatch(/工资总额.*统筹基金/);
    expect(split).toMatch(/本人工资.*记入个人账户/);
    expect(split).toContain("不得提前支取");
  });

  it("失业保险条例第六条: 2% of the payroll, 1% of the worker's wage, none for 农民合同制工人; provinces may adjust", () => {
    const unemployment = doc.section("失业保险单位和个人");
    expect(unemployment.body).toMatch(/工资总额的2%.*本人工资的1%/);
    expect(unemployment.body).toContain("农民合同制工人本人不缴纳");
    expect(unemployment.body).toMatch(/报经国务院批准后调整/);
  });

  it("states no national rate it could not confirm, and sends the reader to local policy", () => {
    expect(doc.text).not.toMatch(/8%|16%|20%|60%|300%/);
    for (const heading of ["分别记到哪里", "怎么记账", "失业保险单位和个人"]) expect(doc.section(heading).body).toMatch(/以.*(公布|最新政策).*为准/);
  });

  it("each section's 依据 resolves to the official articles, and none disagrees with them", () => {
    const sections = ["分别记到哪里", "怎么记账", "失业保险单位和个人"].map((h) => doc.section(h));
    const resolve = (section: (typeof sections)[number]) => basisArticles(officialArticles, section);
    expect(resolve(doc.section("失业保险单位和个人")).map((a) => `${a.source ?? a.title}${a.heading}`)).toEqual([
      "中华人民共和国社会保险法第四十四条",
      "失业保险条例第六条",
      "失业保险条例第九条",
    ]);
    for (const section of sections) expect(resolve(section).length, section.heading).toBeGreaterThan(0);
    expect(checkBases(sections, resolve)).toEqual([]);
  });
});
