import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertDocument } from "./convert.js";
import { makeDocx } from "./testing/make-docx.js";
import { makePdf } from "./testing/make-pdf.js";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const REGULATION = "示范市创业扶持条例";
const NOTICE = "关于做好示范市高校毕业生就业工作的通知";
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const lines = (name: string) => read(name).toString("utf8").split("\n").filter((l) => l.trim());
const flags = { topic: "financing" as const, region: "示范市" };

describe("a 条-structured regulation", async () => {
  const doc = await convertDocument(`${REGULATION}.txt`, read(`${REGULATION}.txt`), flags);
  const section = (heading: string) => doc.sections.find((s) => s.heading === heading)!;

  it("reads title, issuer, 文号 and 施行 date from the dated line, with no flags beyond --topic", () => {
    expect(doc).toMatchObject({ title: REGULATION, issuer: "示范市人民政府", docNo: "示范市人民政府令第18号", effective: "2024-05-01", region: "示范市" });
  });

  it("makes one section per article with its path of 章/节 and its number as data", () => {
    expect(section("第四条").article).toEqual({ law: REGULATION, number: 4, definitions: [2], path: [`《${REGULATION}》`, "第二章 扶持措施", "第一节 资金扶持", "第四条"] });
    expect(section("第七条").article.path).toEqual([`《${REGULATION}》`, "第二章 扶持措施", "第二节 场地扶持", "第七条"]);
    expect(section("第四条").body).toBe("初创企业可以申请一次性创业补贴，标准为每户八千元。\n申请一次性创业补贴，应当提交营业执照、经营场所证明和法定代表人身份证明。");
  });

  it("keeps 项 with the lead-in of their 款", () => {
    expect(section("第五条").body.split("\n")).toEqual([
      "初创企业有下列情形之一的，不予发放一次性创业补贴：",
      "（一）已经领取过一次性创业补贴的；",
      "（二）存在严重失信行为的；",
      "（三）提供虚假材料的。",
    ]);
  });

  it("splits a long article at its 款 and keeps the path", () => {
    expect(doc.sections.filter((s) => s.heading.startsWith("第六条")).map((s) => s.heading)).toEqual(["第六条第一款", "第六条第二款", "第六条第三款"]);
    expect(section("第六条第二款").article).toMatchObject({ number: 6, paragraph: 2, path: [`《${REGULATION}》`, "第二章 扶持措施", "第一节 资金扶持", "第六条", "第二款"] });
  });

  it("resolves 本条例第X条 and links 本条例所称 definitions to the articles using the term", () => {
    expect(section("第八条").article.refs).toEqual([4, 5]);
    expect(section("第六条第二款").article.refs).toEqual([2]);
    expect(section("第四条").article.definitions).toEqual([2]);
    expect(section("第二条").article.definitions).toBeUndefined();
  });
});

describe("a 一、（一） notice", async () => {
  const doc = await convertDocument(`${NOTICE}.txt`, read(`${NOTICE}.txt`), { topic: "social-security" });

  it("reads 文号, issuer and date from the heading and signature lines", () => {
    expect(doc).toMatchObject({ title: NOTICE, docNo: "示人社发〔2024〕7号", issuer: "示范市人力资源和社会保障局", effective: "2024-04-02" });
  });

  it("takes a local body's place as the document's region, and a local congress as the issuer of its regulation", async () => {
    expect(doc.region).toBe("示范市");
    const text = "示范市物业管理条例\n（2023年6月1日示范市第十六届人民代表大会常务委员会第十次会议通过）\n第一条 为了规范物业管理，制定本条例。\n第二条 本条例自2023年9月1日起施行。";
    const local = await convertDocument("物业.txt", Buffer.from(text), { topic: "residence" });
    expect(local).toMatchObject({ issuer: "示范市人民代表大会常务委员会", region: "示范市", effective: "2023-09-01" });
  });

  it("takes the State Council as the issuer of a regulation passed at its executive meeting, and joins a spaced chapter title", async () => {
    const text = "某某促进条例\n《某某促进条例》已经2022年9月26日国务院第190次常务会议通过，现予公布，自2022年11月1日起施行。\n第一章　总　　则\n第一条 为了促进某某，制定本条例。\n第二条 本条例自2022年11月1日起施行。";
    const regulation = await convertDocument("某某.txt", Buffer.from(text), { topic: "enterprise" });
    expect(regulation).toMatchObject({ issuer: "国务院", region: "全国", effective: "2022-11-01" });
    expect(regulation.sections[0]!.article.path).toEqual(["《某某促进条例》", "第一章 总则", "第一条"]);
  });

  it("makes each （一） item a section under its 一、 point, with 1. items kept inside", () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "总述",
      "一、（一）扩大企业吸纳规模",
      "一、（二）稳定公共部门岗位",
      "二、（一）开展就业见习",
      "二、（二）加强困难帮扶",
      "三、组织保障",
    ]);
    const training = doc.sections[3]!;
    expect(training.article.path).toEqual([NOTICE, "二、强化就业服务", "（一）"]);
    expect(training.body).toContain("见习补贴：\n1.见习人员留用率达到百分之五十以上的");
    expect(doc.sections[0]!.body).not.toContain("各区人民政府");
  });
});

describe("a local regulation's page titled by its announcement", async () => {
  const PAGE = "示范经济特区社区养老服务条例.html";
  const doc = await convertDocument(PAGE, read(PAGE), { topic: "elderly-care" });

  it("reads the regulation's title, the standing committee as issuer, the announcement's number and the region", () => {
    expect(doc).toMatchObject({
      id: "elderly-care-sfjjtqsqylfwtl",
      title: "示范经济特区社区养老服务条例",
      issuer: "示范市人民代表大会常务委员会",
      docNo: "示范市第十六届人民代表大会常务委员会公告第五十九号",
      effective: "2024-10-01",
      region: "示范市",
    });
    expect(doc.sections.map((s) => s.heading)).toEqual(["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]);
    expect(doc.sections[3]!.article.path).toEqual(["《示范经济特区社区养老服务条例》", "第二章 服务与保障", "第四条"]);
  });

  it("takes --title over the page, and derives the id from the title alone", async () => {
    const titled = await convertDocument(PAGE, read(PAGE), { topic: "elderly-care", title: "示范经济特区居家养老服务条例" });
    expect(titled).toMatchObject({ id: "elderly-care-sfjjtqjjylfwtl", title: "示范经济特区居家养老服务条例", docNo: doc.docNo });
    expect(titled.sections[0]!.article.path[0]).toBe("《示范经济特区居家养老服务条例》");
    const corrected = await convertDocument(PAGE, read(PAGE), { topic: "elderly-care", issuer: "示范市人大常委会", docNo: "示范市人大常委会公告第59号" });
    expect(corrected).toMatchObject({ id: doc.id, issuer: "示范市人大常委会", docNo: "示范市人大常委会公告第59号" });
  });
});

describe("the same regulation as HTML, DOCX and PDF", () => {
  it("gives the same sections, paths and metadata as the text", async () => {
    const expected = await convertDocument(`${REGULATION}.txt`, read(`${REGULATION}.txt`), flags);
    const strip = (d: typeof expected) => ({ ...d, importedFrom: "", sourceHash: "" });
    const html = await convertDocument(`${REGULATION}.html`, read(`${REGULATION}.html`), flags);
    const docx = await convertDocument(`${REGULATION}.docx`, await makeDocx(lines(`${REGULATION}.txt`)), flags);
    const pdf = await convertDocument(`${REGULATION}.pdf`, makePdf(lines(`${REGULATION}.txt`)), flags);
    for (const other of [html, docx, pdf]) expect(strip(other)).toEqual(strip(expected));
  });

  it("reads a government page's metadata table (发文机关, 发文字号, 成文日期) when the body has no signature", async () => {
    const text = await convertDocument(`${NOTICE}.txt`, read(`${NOTICE}.txt`), { topic: "social-security" });
    const html = await convertDocument(`${NOTICE}.html`, read(`${NOTICE}.html`), { topic: "social-security" });
    expect({ ...html, importedFrom: "", sourceHash: "" }).toEqual({ ...text, importedFrom: "", sourceHash: "" });
  });

  it("refuses a scanned PDF with a clear reason", async () => {
    await expect(convertDocument("scan.pdf", makePdf([]), flags)).rejects.toThrow(/no text layer.*scanned.*OCR/);
  });

  it("names the missing flag when the text does not say", async () => {
    await expect(convertDocument("x.txt", Buffer.from("某某办法\n第一条 内容。"), { topic: "ip" })).rejects.toThrow(/--issuer/);
    await expect(convertDocument("x.txt", read(`${REGULATION}.txt`), {})).rejects.toThrow(/--topic is required/);
    await expect(convertDocument("x.doc", Buffer.from(""), flags)).rejects.toThrow(/save it as \.docx/);
  });
});
