import { describe, expect, it } from "vitest";
import { readFrontLines } from "./front-lines.js";

const body = ["第一章 总则", "第一条 为了规范……，制定本法。"];

describe("readFrontLines: the 文号 of a dated line", () => {
  it("reads a decree number written in digits", () => {
    const { meta } = readFrontLines(["某某条例", "2018年3月19日中华人民共和国国务院令第700号公布", ...body]);
    expect(meta).toMatchObject({ docNo: "国务院令第700号", issuer: "国务院", published: "2018-03-19" });
  });

  it("reads a decree number written in Chinese numerals, as older laws print it", () => {
    const lines = [
      "中华人民共和国某某法",
      "（1999年8月30日第九届全国人民代表大会常务委员会第十一次会议通过　1999年8月30日中华人民共和国主席令第二十号公布　自2000年1月1日起施行）",
      ...body,
    ];
    const { meta } = readFrontLines(lines);
    expect(meta).toMatchObject({ docNo: "主席令第二十号", issuer: "全国人民代表大会常务委员会", published: "1999-08-30", effective: "2000-01-01" });
  });

  it("reads a hundred and more in Chinese numerals, and a local government's decree", () => {
    expect(readFrontLines(["某某法", "2001年10月27日中华人民共和国主席令第一百零一号公布", ...body]).meta.docNo).toBe("主席令第一百零一号");
    expect(readFrontLines(["某某办法", "2024年3月1日示范市人民政府令第十八号公布", ...body]).meta).toMatchObject({ docNo: "示范市人民政府令第十八号", issuer: "示范市人民政府" });
  });

  it("reads a local people's congress announcement number, numbered within its term", () => {
    const lines = ["示范市某某条例", "（2024年11月29日示范市第十六届人民代表大会常务委员会第十三次会议修订　示范市人民代表大会常务委员会公告〔十六届〕第28号公布）", ...body];
    expect(readFrontLines(lines).meta).toMatchObject({ docNo: "示范市人民代表大会常务委员会公告〔十六届〕第28号", issuer: "示范市人民代表大会常务委员会" });
  });

  it("reads no 文号 from a line without one", () => {
    expect(readFrontLines(["某某法", "2001年10月27日第九届全国人民代表大会常务委员会第二十四次会议通过", ...body]).meta.docNo).toBeUndefined();
  });
});

const HEADING = "示范市第十六届人民代表大会常务委员会公告";
const PUBLISHING = "《示范经济特区物业管理条例》经示范市第十六届人民代表大会常务委员会第十次会议于2024年6月26日通过，现予公布，自2024年10月1日起施行。";
const SIGNATURE = ["示范市人民代表大会常务委员会", "2024年6月28日"];

describe("readFrontLines: a people's congress announcement, in the ways congresses print its number", () => {
  const docNo = (lines: string[]) => readFrontLines([...lines, "示范经济特区物业管理条例", ...body]).meta.docNo;

  it("reads （第N号） after 公告, with Chinese or Arabic numerals, keeping the issuing body", () => {
    expect(docNo([`${HEADING}（第五十九号）`, PUBLISHING])).toBe(`${HEADING}第五十九号`);
    expect(docNo([`${HEADING}(第59号)`, PUBLISHING])).toBe(`${HEADING}第59号`);
    expect(docNo([`${HEADING} 第59号`, PUBLISHING])).toBe(`${HEADING}第59号`);
    expect(docNo(["示范市第十六届人民代表大会常务委员会 公告", "第 五十九 号", PUBLISHING])).toBe(`${HEADING}第五十九号`);
  });

  it("reads 第N号 on its own line below the 公告 heading", () => {
    expect(docNo([HEADING, "第五十九号", PUBLISHING, ...SIGNATURE])).toBe(`${HEADING}第五十九号`);
    expect(docNo([HEADING, "（第59号）", PUBLISHING, ...SIGNATURE])).toBe(`${HEADING}第59号`);
    expect(docNo(["示范市人民代表大会常务委员会公告", "〔十六届〕第二十八号", PUBLISHING])).toBe("示范市人民代表大会常务委员会公告〔十六届〕第二十八号");
  });

  it("reads a heading printed over three lines: the body's name, 公　告, then the number", () => {
    expect(docNo(["示范市第十六届人民代表大会常务委员会", "公　告", "第五十九号", PUBLISHING, ...SIGNATURE])).toBe(`${HEADING}第五十九号`);
  });

  it("reads a term in brackets with either numerals, and takes the body's name after a clause that runs into it", () => {
    expect(docNo(["（2024年11月29日示范省第十四届人民代表大会常务委员会第十三次会议修订　示范省人民代表大会常务委员会公告[十四届]第5号公布）"])).toBe(
      "示范省人民代表大会常务委员会公告[十四届]第5号",
    );
    expect(docNo(["（2024年11月29日示范市第十六届人民代表大会常务委员会第十三次会议修订示范市人民代表大会常务委员会公告〔十六届〕第三十号公布）"])).toBe(
      "示范市人民代表大会常务委员会公告〔十六届〕第三十号",
    );
  });

  it("reads a State Council decree whose number stands below its heading", () => {
    const { meta } = readFrontLines(["中华人民共和国国务院令", "第800号", "《某某条例》已经2024年5月10日国务院第30次常务会议通过，现予公布，自2024年7月1日起施行。", "某某条例", ...body]);
    expect(meta).toMatchObject({ title: "某某条例", docNo: "国务院令第800号", issuer: "国务院", effective: "2024-07-01" });
    expect(readFrontLines(["示范市人民政府令（第18号）", "示范市某某办法", ...body]).meta).toMatchObject({ docNo: "示范市人民政府令第18号", issuer: "示范市人民政府" });
  });
});

describe("readFrontLines: a page whose title is the announcement, not the regulation", () => {
  const announcement = `${HEADING}（第五十九号）`;

  it("takes the regulation's heading as the title and the standing committee, without 经 and its term, as the issuer", () => {
    const lines = [HEADING, "第五十九号", PUBLISHING, ...SIGNATURE, "示范经济特区物业管理条例", "（2024年6月26日示范市第十六届人民代表大会常务委员会第十次会议通过）", ...body];
    for (const known of [{ title: announcement }, { title: HEADING }, {}]) {
      expect(readFrontLines(lines, known).meta).toMatchObject({
        title: "示范经济特区物业管理条例",
        issuer: "示范市人民代表大会常务委员会",
        docNo: `${HEADING}第五十九号`,
        published: "2024-06-28",
        effective: "2024-10-01",
      });
    }
  });

  it("takes the 《…》 the publishing sentence names when no line holds the title, and the number from the page's title", () => {
    for (const title of [`${announcement}_示范市人大常委会网站`, `${announcement}——示范市人大网`]) {
      const { meta } = readFrontLines([PUBLISHING, ...SIGNATURE, ...body], { title });
      expect(meta).toMatchObject({ title: "示范经济特区物业管理条例", issuer: "示范市人民代表大会常务委员会", docNo: `${HEADING}第五十九号` });
    }
  });

  it("reads the issuer from the publishing sentence alone without a stray 经 or 已由", () => {
    expect(readFrontLines(["示范经济特区物业管理条例", PUBLISHING, ...body]).meta.issuer).toBe("示范市人民代表大会常务委员会");
    const approved = "《示范市物业管理条例》已由示范市第十六届人民代表大会常务委员会第十次会议于2024年6月26日通过，示范省第十四届人民代表大会常务委员会第九次会议于2024年7月30日批准，现予公布。";
    expect(readFrontLines([approved, ...body]).meta).toMatchObject({ title: "示范市物业管理条例", issuer: "示范市人民代表大会常务委员会" });
    const dateFirst = "《示范市物业管理条例》已于2024年6月26日经示范市第十六届人民代表大会常务委员会第十次会议通过，现予公布，自2024年10月1日起施行。";
    expect(readFrontLines([dateFirst, ...body]).meta).toMatchObject({ title: "示范市物业管理条例", issuer: "示范市人民代表大会常务委员会", effective: "2024-10-01" });
  });

  it("takes a full congress as the issuer when no standing committee passed the text", () => {
    expect(readFrontLines(["示范市物业管理条例", "（2024年1月20日示范市第十六届人民代表大会第二次会议通过）", ...body]).meta.issuer).toBe("示范市人民代表大会");
  });

  it("keeps a notice titled …的公告 as its own title", () => {
    expect(readFrontLines(["示范市人民政府关于调整最低工资标准的公告", "一、调整后的标准", "（一）内容。"]).meta.title).toBe("示范市人民政府关于调整最低工资标准的公告");
  });
});

describe("readFrontLines: a header that lists an older decree before the current one", () => {
  it("takes the decree with the latest date", () => {
    const line = "（1991年3月4日中华人民共和国国务院令第76号发布　根据2018年9月18日中华人民共和国国务院令第706号修订）";
    expect(readFrontLines(["某某条例", line, ...body]).meta).toMatchObject({ docNo: "国务院令第706号", issuer: "国务院", published: "2018-09-18" });
  });

  it("takes the latest across lines, and the amending one when no dates tell", () => {
    const lines = ["某某条例", "（1991年3月4日中华人民共和国国务院令第76号发布", "根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订", "根据2018年9月18日中华人民共和国国务院令第706号第二次修订）"];
    expect(readFrontLines([...lines, ...body]).meta.docNo).toBe("国务院令第706号");
    expect(readFrontLines(["某某条例", "国务院令第76号发布 根据国务院令第706号修订", ...body]).meta.docNo).toBe("国务院令第706号");
  });

  it("keeps the first decree when a later revision names no decree, or when the newest is printed first", () => {
    expect(readFrontLines(["某某条例", "（1991年3月4日中华人民共和国国务院令第76号发布　根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》修订）", ...body]).meta.docNo).toBe("国务院令第76号");
    expect(readFrontLines(["某某条例", "（2018年9月18日国务院令第706号修订　1991年3月4日国务院令第76号发布）", ...body]).meta.docNo).toBe("国务院令第706号");
  });

  it("lets the promulgation heading win over the decrees the header lists", () => {
    const lines = ["中华人民共和国国务院令", "第588号", "某某条例", "（1991年3月4日中华人民共和国国务院令第76号发布　根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》修订）"];
    expect(readFrontLines([...lines, ...body]).meta.docNo).toBe("国务院令第588号");
  });
});
