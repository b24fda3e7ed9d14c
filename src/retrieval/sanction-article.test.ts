import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { asksSanction, imposesSanction, sanctionFirst, sanctionIndex } from "./sanction-article.js";

const article = (docId: string, number: number, body: string, refs?: number[]): Passage => ({
  id: `${docId}-${number}`, docId, title: "人力资源市场暂行条例", heading: `第${number}条`, topic: "social-security", audience: "both", issuer: "国务院",
  effective: "2018-10-01", region: "全国", status: "current", origin: "imported", body, phrasings: [], file: "x.md",
  article: { law: "人力资源市场暂行条例", number, path: [], ...(refs ? { refs } : {}) },
});
const duty = article("hr", 32, "经营性人力资源服务机构应当在服务场所明示下列事项：（一）营业执照；（二）服务项目；（三）收费标准。");
const sanction = article("hr", 44, "未按照本条例第三十二条规定明示有关事项的，由人力资源社会保障行政部门责令改正；拒不改正的，处5000元以上1万元以下的罚款。", [32]);
const otherLaw = article("shop", 20, "违反本法第三十二条规定的，处一万元以下罚款。", [32]);
const unrelated = article("hr", 33, "经营性人力资源服务机构应当建立服务台账。");
const curated: Passage = { ...duty, id: "guide", docId: "guide", origin: "curated", phrasings: ["中介要挂营业执照吗"], heading: "中介要挂营业执照吗" };
const ranked = (...ps: Passage[]) => ps.map((passage, i) => ({ passage, score: 1 - i / 10 }));

describe("the article that sanctions a duty", () => {
  it("reads a question asking what a wrong costs, not one asking what the duty is", () => {
    expect(asksSanction("中介不挂收费标准，会怎么罚")).toBe(true);
    expect(asksSanction("没拿许可证办幼儿园会被怎么处理")).toBe(true);
    expect(asksSanction("被查到了会怎么样")).toBe(true);
    expect(asksSanction("中介要挂哪些东西出来")).toBe(false);
  });

  it("tells an article imposing a sanction from one stating a duty", () => {
    expect(imposesSanction(sanction)).toBe(true);
    expect(imposesSanction(duty)).toBe(false);
  });

  it("puts the article of the same law citing the duty first, on the duty article's scores", () => {
    const index = sanctionIndex([duty, sanction, otherLaw, unrelated]);
    const out = sanctionFirst(ranked(duty, unrelated), index);
    expect(out.map((c) => c.passage.id)).toEqual(["hr-44", "hr-32", "hr-33"]);
    expect(out[0]!.score).toBe(1);
  });

  it("leaves the ranking alone when a curated section or a sanction is already first, or nothing cites the duty", () => {
    const index = sanctionIndex([duty, sanction, unrelated]);
    expect(sanctionFirst(ranked(curated, duty), index).map((c) => c.passage.id)).toEqual(["guide", "hr-32"]);
    expect(sanctionFirst(ranked(sanction, duty), index).map((c) => c.passage.id)).toEqual(["hr-44", "hr-32"]);
    expect(sanctionFirst(ranked(unrelated, duty), index).map((c) => c.passage.id)).toEqual(["hr-33", "hr-32"]);
  });

  it("without a citing article, takes a close sanction article of the same law on its own scores", () => {
    const uncited = article("hr", 45, "违反规定的，处1万元以下罚款。");
    const out = sanctionFirst(ranked(unrelated, otherLaw, uncited), sanctionIndex([unrelated, otherLaw, uncited]));
    expect(out.map((c) => c.passage.id)).toEqual(["hr-45", "hr-33", "shop-20"]);
    expect(out[0]!.score).toBeCloseTo(0.8);
  });
});
