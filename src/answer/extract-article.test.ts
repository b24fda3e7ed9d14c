import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { articleCitation, sourceLine } from "./citation.js";
import { extractArticle } from "./extract-article.js";

/** 劳动合同法第四十二条 as imported: a lead-in and six 项. */
const ARTICLE_42 = [
  "劳动者有下列情形之一的，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同:",
  "（一）从事接触职业病危害作业的劳动者未进行离岗前职业健康检查，或者疑似职业病病人在诊断或者医学观察期间的；",
  "（二）在本单位患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力的；",
  "（三）患病或者非因工负伤，在规定的医疗期内的；",
  "（四）女职工在孕期、产期、哺乳期的；",
  "（五）在本单位连续工作满十五年，且距法定退休年龄不足五年的；",
  "（六）法律、行政法规规定的其他情形。",
].join("\n");

const passage = (body: string, paragraph?: number): Passage => ({
  id: "p", docId: "enterprise-lao-dong-he-tong-fa", title: "中华人民共和国劳动合同法", heading: paragraph ? "第四十二条第一款" : "第四十二条",
  topic: "enterprise", audience: "both", issuer: "全国人民代表大会常务委员会", source: "中华人民共和国劳动合同法", effective: "2013-07-01",
  region: "全国", status: "current", origin: "imported", body, phrasings: [], file: "x.md",
  article: { law: "劳动合同法", number: 42, path: [], ...(paragraph ? { paragraph } : {}) },
});

describe("extractArticle", () => {
  it("quotes the 项 the question is about with its lead-in, and says which 项", () => {
    const part = extractArticle(ARTICLE_42, ["怀孕", "孕期", "辞退"], 120);
    expect(part.sentences[0]).toContain("用人单位不得依照本法第四十条");
    expect(part.sentences.join("")).toContain("（四）女职工在孕期、产期、哺乳期的；");
    expect(part.sentences.join("").length).toBeLessThanOrEqual(120);
    expect(part.item).toBe(4);
    expect(part.paragraph).toBeUndefined();
  });

  it("keeps a short article whole but still points at the 款 asked about", () => {
    const body = "劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。\n劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。";
    const part = extractArticle(body, ["试用期", "提前"], 300);
    expect(part.sentences).toHaveLength(2);
    expect(part.paragraph).toBe(2);
  });

  it("points nowhere when the question shares nothing with the article", () => {
    expect(extractArticle(ARTICLE_42, ["养老金"], 300)).toEqual({ sentences: expect.any(Array) });
  });

  it("reads an article it read before for another question as it read it the first time", () => {
    // The article's sentences are kept between calls: a second question must not see the first one's choice.
    const body = `${ARTICLE_42}\n本条所称醫療期，按照國家有關規定執行。`;
    const first = extractArticle(body, ["孕期"], 120);
    const second = extractArticle(body, ["医疗期", "患病"], 120);
    expect(first.item).toBe(4);
    expect(second.item).toBe(3);
    // Matched through its normalised text (醫療期 → 医疗期).
    expect(extractArticle(body, ["医疗期", "执行"], 400).paragraph).toBe(2);
    expect(extractArticle(body, ["孕期"], 120)).toEqual(first);
  });
});

describe("citing a 款 or 项", () => {
  it("adds the 项 to the article and the source line, not to a section already split per 款", () => {
    expect(articleCitation(passage(ARTICLE_42), { item: 4 })).toBe("《劳动合同法》第四十二条第四项");
    expect(sourceLine(passage(ARTICLE_42), [], { paragraph: 2, item: 1 })).toBe("来源：全国人民代表大会常务委员会《中华人民共和国劳动合同法》；《劳动合同法》第四十二条第二款第一项");
    expect(articleCitation(passage(ARTICLE_42, 1), { paragraph: 1, item: 4 })).toBe("《劳动合同法》第四十二条第一款第四项");
  });
});
