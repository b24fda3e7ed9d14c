import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleCitation, sourceLine } from "../answer/citation.js";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "../knowledge/index.js";
import { convertDocument } from "./convert.js";
import { importFiles } from "./import-files.js";
import { makeDocx } from "./testing/make-docx.js";
import { makePdf } from "./testing/make-pdf.js";

const TITLE = "示范市职工疗休养办法";
const FILE = path.join(import.meta.dirname, "fixtures", `${TITLE}.txt`);
const text = fs.readFileSync(FILE, "utf8");
const lines = text.split("\n").filter((l) => l.trim());
const flags = { topic: "social-security" as const };
const LAW = `《${TITLE}》`;

describe("a regulation with appendices after its last article", async () => {
  const doc = await convertDocument(`${TITLE}.txt`, Buffer.from(text), flags);
  const section = (heading: string) => doc.sections.find((s) => s.heading === heading);

  it("ends the articles at the first appendix: the last article stays whole", () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "附录 一、一线职工的疗休养标准",
      "附录 二、劳动模范的疗休养标准",
      "附件2 1.疗休养申请表",
      "附件2 2.用人单位同意疗休养的证明",
      "附件3 疗休养基地名录（另行公布）",
    ]);
    expect(section("第四条")).toEqual({ heading: "第四条", body: "本办法自2024年7月1日起施行。", article: { law: TITLE, number: 4, path: [LAW, "第四条"] } });
    // A paragraph opening with 附件 inside an article is text, not an appendix.
    expect(section("第三条")!.body).toBe("职工申请疗休养，应当提交本办法附件2所列材料。\n附件所列材料可以通过线上方式提交。");
  });

  it("makes one section per top-level part with its items, under the appendix and its title, without an article number", () => {
    expect(section("附录 二、劳动模范的疗休养标准")).toEqual({
      heading: "附录 二、劳动模范的疗休养标准",
      body: "二、劳动模范的疗休养标准：\n（一）每年安排一次，每次不少于七天；\n（二）可以携带一名家属。",
      article: { law: TITLE, path: [LAW, "附录 职工疗休养标准", "二、劳动模范的疗休养标准"] },
    });
    expect(section("附件2 1.疗休养申请表")!.article.path).toEqual([LAW, "附件2 申请材料清单", "1.疗休养申请表"]);
    expect(section("附件3 疗休养基地名录（另行公布）")).toMatchObject({ body: "疗休养基地名录（另行公布）", article: { path: [LAW, "附件3 疗休养基地名录（另行公布）"] } });
    expect(doc.sections.filter((s) => s.article.number === undefined)).toHaveLength(5);
  });

  it("is cited by its appendix and part, with no article number", async () => {
    const out = tempDir();
    await importFiles([FILE], { outDir: out, ...flags });
    const { passages } = loadKnowledge(out, { lexiconDir: "knowledge/lexicon" });
    const part = passages.find((p) => p.heading === "附录 一、一线职工的疗休养标准")!;
    expect(articleCitation(part, { paragraph: 1, item: 2 })).toBe(`${LAW}附录 一、一线职工的疗休养标准`);
    expect(sourceLine(part)).toBe(`来源：示范市人民政府${LAW}（示范市人民政府令第21号）；${LAW}附录 一、一线职工的疗休养标准`);
    expect(articleCitation(passages.find((p) => p.heading === "第四条")!)).toBe(`${LAW}第四条`);
  });

  it("gives the same sections from HTML, DOCX and PDF", async () => {
    const strip = (d: typeof doc) => ({ ...d, importedFrom: "", sourceHash: "" });
    const page = `<html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div id="UCAP-CONTENT">${lines.map((l) => `<p>${l}</p>`).join("")}</div></body></html>`;
    const html = await convertDocument(`${TITLE}.html`, Buffer.from(page), flags);
    const docx = await convertDocument(`${TITLE}.docx`, await makeDocx(lines), flags);
    const pdf = await convertDocument(`${TITLE}.pdf`, makePdf(lines), flags);
    for (const other of [html, docx, pdf]) expect(strip(other)).toEqual(strip(doc));
  });
});

describe("where an appendix starts", () => {
  const convert = (body: string) => convertDocument("x.txt", Buffer.from(`某某办法\n2024年1月1日某某部令第1号公布\n${body}`), flags);

  it("takes an appendix with articles of its own (its numbering starts again), one section per article", async () => {
    const doc = await convert("第一条 为了规范某某，制定本办法。\n第二条 本办法自公布之日起施行。\n附件：某某细则\n第一条 细则适用于某某。\n第二条 细则由某某部解释。");
    expect(doc.sections.map((s) => [s.heading, s.article.number])).toEqual([
      ["第一条", 1],
      ["第二条", 2],
      ["附件 第一条", undefined],
      ["附件 第二条", undefined],
    ]);
    expect(doc.sections[3]!.article.path).toEqual(["《某某办法》", "附件 某某细则", "第二条"]);
  });

  it("does not end the articles at a 附件 line the law's numbering continues past", async () => {
    const doc = await convert("第一条 申请人应当提交下列材料：\n附件：申请表\n第二条 本办法自公布之日起施行。");
    expect(doc.sections.map((s) => s.heading)).toEqual(["第一条", "第二条"]);
    expect(doc.sections[0]!.body).toBe("申请人应当提交下列材料：\n附件：申请表");
  });

  it("keeps text before an appendix's first part as its own section", async () => {
    const doc = await convert("第一条 本办法自公布之日起施行。\n附表1 补贴标准\n本表所列标准按年度调整。\n一、一类地区每人每月三百元。");
    expect(doc.sections.map((s) => [s.heading, s.body])).toEqual([
      ["第一条", "本办法自公布之日起施行。"],
      ["附表1 补贴标准", "本表所列标准按年度调整。"],
      ["附表1 一、一类地区每人每月三百元", "一、一类地区每人每月三百元。"],
    ]);
  });
});
