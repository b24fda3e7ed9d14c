import { describe, expect, it } from "vitest";
import { contentCoverageMeasure } from "./content-coverage.js";
import type { PreparedQuery } from "./query.js";

const query = (words: string[], matches: PreparedQuery["matches"] = []): PreparedQuery => ({
  original: words.join(""), normalized: words.join(""), expanded: words.join(""), words, matches,
});

describe("content coverage (the scope decision's measure)", () => {
  it("gives weight only for content words, while every word of the question counts in the total", () => {
    const idf = (w: string) => ({ 我家: 4, 猫: 8, "3": 2, 天: 4, 没: 3, 东西: 4, 怎么办: 2 })[w] ?? 0;
    const cat = contentCoverageMeasure(query(["我家", "猫", "3", "天", "没", "东西", "怎么办"]), idf);
    // A consumer-rights section shares 3, 天, 没, 东西 and 怎么办: only 东西 and 怎么办 are content words.
    expect(cat("买的东西有质量问题3天内没退怎么办")).toEqual({ share: 6 / 27, words: 2 });
    expect(cat("企业开办")).toEqual({ share: 0, words: 0 });
  });

  it("counts a colloquial word, however short, when the text holds the official term the lexicon maps it to", () => {
    const idf = (w: string) => ({ 娃: 2, 看病: 1, 报销: 3 })[w] ?? 0;
    const measure = contentCoverageMeasure(query(["娃", "看病", "报销"], [{ colloquial: "娃", official: ["子女"] }]), idf);
    expect(measure("子女看病的报销比例")).toEqual({ share: 1, words: 3 });
    expect(measure("看病")).toEqual({ share: 1 / 6, words: 1 });
  });

  it("is zero for a question without weighted words", () => {
    expect(contentCoverageMeasure(query([]), () => 1)("任何文字")).toEqual({ share: 0, words: 0 });
  });
});
