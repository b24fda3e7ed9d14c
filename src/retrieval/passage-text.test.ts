import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { chapterTitles, indexText } from "./passage-text.js";

const passage = (path?: string[]): Passage => ({
  id: "law#37", docId: "law", title: "中华人民共和国社会保险法", heading: "第三十七条", topic: "social-security", audience: "both", issuer: "全国人大常委会",
  effective: "2011-07-01", region: "全国", status: "current", body: "职工因下列情形之一导致本人在工作中伤亡的，不认定为工伤。", phrasings: [], file: "law.md",
  ...(path ? { origin: "imported" as const, article: { law: "社会保险法", number: 37, path } } : {}),
});

describe("chapterTitles", () => {
  it("keeps the titles of the chapters an article sits in, without their numbers, the document or the article", () => {
    expect(chapterTitles(passage(["《中华人民共和国社会保险法》", "第四章 工伤保险", "第三十七条"]))).toEqual(["工伤保险"]);
    expect(chapterTitles(passage(["《专利法》", "第七章 专利权的保护", "第一节 侵权", "第七十一条"]))).toEqual(["专利权的保护", "侵权"]);
    expect(chapterTitles(passage())).toEqual([]);
    expect(chapterTitles(passage(["《商标法》", "第四章 注册商标的续展、变更、转让和使用许可", "第四十条"]))).toEqual([]);
  });

  it("indexes an article with its chapter's title, which its own text may not repeat", () => {
    expect(indexText(passage(["《中华人民共和国社会保险法》", "第四章 工伤保险", "第三十七条"]))).toContain("工伤保险");
    expect(indexText(passage())).not.toContain("工伤保险");
  });
});
