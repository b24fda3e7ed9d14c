import { describe, expect, it } from "vitest";
import { citedIds, figuresIn, unsupportedFigures } from "./numbers.js";

describe("figures in a drafted answer", () => {
  it("reads digits, full-width digits, simple Chinese numerals and percentages alike", () => {
    expect(figuresIn("报销比例为７０％，三个月内办结[S1]")).toEqual(["70", "3"]);
    expect(figuresIn("百分之十五，二〇二四年1月1日起施行")).toEqual(["15", "2024", "1", "1"]);
    expect(figuresIn("依据国办发〔２０２３〕１２号")).toEqual(["2023", "12"]);
  });

  it("does not take citation markers or words like 一网通办 for figures", () => {
    expect(figuresIn("可以一网通办 [S2]")).toEqual([]);
  });

  it("finds a figure the source lacks, whatever way either writes it", () => {
    expect(unsupportedFigures("期限为三个月[S1]", "申请人应当在3个月内提出")).toEqual([]);
    expect(unsupportedFigures("最高可贷30万元[S1]", "最高不超过20万元")).toEqual(["30"]);
    expect(unsupportedFigures("报销75%[S1]", "报销比例为百分之七十")).toEqual(["75"]);
  });

  it("lists cited ids once, in order, from single and grouped brackets", () => {
    expect(citedIds("甲[S2]。乙[S1, S3]。丙[S2][ S4 ]")).toEqual(["S2", "S1", "S3", "S4"]);
    expect(citedIds("没有标注")).toEqual([]);
  });
});
