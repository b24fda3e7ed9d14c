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

  it("reads no 文号 from a line without one", () => {
    expect(readFrontLines(["某某法", "2001年10月27日第九届全国人民代表大会常务委员会第二十四次会议通过", ...body]).meta.docNo).toBeUndefined();
  });
});
