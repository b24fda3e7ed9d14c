import { describe, expect, it } from "vitest";
import { segments } from "./highlight.js";

const marked = (text: string, terms: string[]) => segments(text, terms).filter((s) => s.mark).map((s) => s.text);

describe("segments (key-term highlighting)", () => {
  it("marks every occurrence of every term and keeps the text whole", () => {
    const text = "参保人员跨省异地就医住院，可直接结算。住院费用按规定结算。";
    const pieces = segments(text, ["住院", "结算"]);
    expect(pieces.map((s) => s.text).join("")).toBe(text);
    expect(marked(text, ["住院", "结算"])).toEqual(["住院", "结算", "住院", "结算"]);
  });

  it("prefers the longest term where terms overlap", () => {
    expect(marked("异地就医直接结算", ["结算", "直接结算"])).toEqual(["直接结算"]);
  });

  it("ignores single characters, blanks and duplicates; is case-insensitive", () => {
    expect(marked("医保 PDF 文件", ["医", " ", "pdf", "pdf"])).toEqual(["PDF"]);
    expect(segments("没有匹配", [])).toEqual([{ text: "没有匹配", mark: false }]);
    expect(segments("", ["医保"])).toEqual([]);
  });

  it("treats regular-expression characters in terms literally", () => {
    expect(marked("文号 医保发〔2022〕22号 (a+b)", ["(a+b)", "〔2022〕"])).toEqual(["〔2022〕", "(a+b)"]);
  });

  it("keeps markup in the text as plain characters (the DOM builder sets them as text)", () => {
    expect(segments("<img src=x onerror=alert(1)>住院", ["住院"])).toEqual([
      { text: "<img src=x onerror=alert(1)>", mark: false },
      { text: "住院", mark: true },
    ]);
  });

  it("marks a passage with the terms /api/search returns for 外省住院结算", () => {
    const terms = ["外省", "住院", "结算", "跨省", "异地", "就医"];
    const snippet = "参保人员先办理跨省异地就医备案，再到就医地联网定点医疗机构住院，就能直接结算。";
    expect(marked(snippet, terms)).toEqual(["跨省", "异地", "就医", "就医", "住院", "结算"]);
    expect(segments(snippet, terms).filter((s) => !s.mark).map((s) => s.text)[0]).toBe("参保人员先办理");
  });
});
