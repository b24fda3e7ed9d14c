import { describe, expect, it } from "vitest";
import path from "node:path";
import { tempDir } from "../app/testing.js";
import { readClassifier, SectionClassifier, writeClassifier, type ClassifierExample } from "./section-classifier.js";

// Two sibling sections share the topic words; only the aspect word tells them apart.
const examples: ClassifierExample[] = [
  { sectionId: "where", features: ["失业金", "哪里", "申请"] },
  { sectionId: "where", features: ["失业金", "窗口", "办理"] },
  { sectionId: "where", features: ["失业保险金", "哪里", "领"] },
  { sectionId: "who", features: ["失业金", "条件", "申请"] },
  { sectionId: "who", features: ["失业金", "条件", "领"] },
  { sectionId: "who", features: ["失业保险金", "够不够", "资格"] },
];
const vocabulary = new Map<string, string[]>([
  ["where", ["失业金", "失业保险金", "哪里", "申请", "窗口", "办理", "领"]],
  ["who", ["失业金", "失业保险金", "条件", "申请", "领", "够不够", "资格"]],
]);

describe("section classifier", () => {
  const classifier = SectionClassifier.train(examples, vocabulary);
  const best = (features: string[]) => [...classifier.predict(features)].sort((a, b) => b[1] - a[1])[0]![0];

  it("learns which words tell sibling sections apart", () => {
    expect(best(["失业金", "哪里", "领"])).toBe("where");
    expect(best(["失业金", "资格", "领"])).toBe("who");
  });

  it("gives probabilities that sum to at most one", () => {
    const total = [...classifier.predict(["失业金"]).values()].reduce((s, p) => s + p, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("is deterministic and survives a JSON round trip", () => {
    const again = SectionClassifier.train(examples, vocabulary);
    const restored = SectionClassifier.fromJSON(JSON.parse(JSON.stringify(classifier.toJSON())));
    const features = ["失业保险金", "窗口", "条件"];
    expect(again.predict(features)).toEqual(classifier.predict(features));
    expect(restored.predict(features)).toEqual(classifier.predict(features));
    expect(restored.knows("who")).toBe(true);
    expect(restored.knows("published-faq")).toBe(false);
  });
});

// 8 topics × 5 aspects = 40 sibling sections that share common words; a question names one topic and one aspect.
const topics = ["医保", "专利", "商标", "失业金", "公积金", "居住证", "创业贷款", "入学"];
const aspects = ["哪里", "条件", "材料", "多少钱", "多久"];
const grid = topics.flatMap((topic) => aspects.map((aspect) => ({ id: `${topic}/${aspect}`, topic, aspect })));
const gridExamples: ClassifierExample[] = grid.flatMap(({ id, topic, aspect }) => [
  { sectionId: id, features: [topic, aspect, "办理", "政策"] },
  { sectionId: id, features: [topic, aspect, "申请"] },
  { sectionId: id, features: [aspect, topic, "怎么", "办理"] },
]);
const gridVocabulary = new Map(grid.map(({ id, topic, aspect }) => [id, [topic, aspect, "办理", "政策", "申请", "怎么"]]));

describe("section classifier at scale", () => {
  const top1 = (c: SectionClassifier, features: string[]) => [...c.predict(features)].sort((a, b) => b[1] - a[1])[0]![0];

  it("trains linearly (sampled competitors) to the same top-1 as the exact softmax", () => {
    const exact = SectionClassifier.train(gridExamples, gridVocabulary);
    const sampled = SectionClassifier.train(gridExamples, gridVocabulary, { exactUpTo: 0, negatives: 4 });
    for (const { id, topic, aspect } of grid) {
      expect(top1(exact, [topic, aspect, "申请"])).toBe(id);
      expect(top1(sampled, [topic, aspect, "申请"])).toBe(id);
    }
  });

  it("scores only the sections sharing a feature, with the probabilities of a softmax over all of them", () => {
    const classifier = SectionClassifier.train(gridExamples, gridVocabulary);
    const { weights } = classifier.toJSON();
    const features = ["专利", "条件"];
    // Reference: every section's summed weight (0 when it shares nothing), softmax over all 40.
    const scores = grid.map((_, i) => features.reduce((sum, f) => {
      const [sections, values] = weights[f]!;
      const k = sections.indexOf(i);
      return k >= 0 ? sum + values[k]! : sum;
    }, 0));
    const max = Math.max(...scores);
    const total = scores.reduce((sum, s) => sum + Math.exp(s - max), 0);
    const predicted = classifier.predict(features);
    expect(predicted.size).toBe(grid.filter((g) => g.topic === "专利" || g.aspect === "条件").length);
    for (const [id, p] of predicted) expect(p).toBeCloseTo(Math.exp(scores[grid.findIndex((g) => g.id === id)]! - max) / total, 12);
  });

  it("gives the asked sections exactly predict's probabilities, and nothing for sections sharing no feature", () => {
    const classifier = SectionClassifier.train(gridExamples, gridVocabulary);
    const features = ["商标", "材料", "申请"];
    const all = classifier.predict(features);
    const asked = ["商标/材料", "专利/条件", "商标/费用", "不存在"];
    const some = classifier.predictFor(features, asked);
    for (const id of asked) expect(some.get(id)).toBe(all.get(id));
    expect(some.size).toBe(asked.filter((id) => all.has(id)).length);
    // Asked twice, the same numbers: the scratch scores are cleared between questions.
    expect(classifier.predictFor(features, asked)).toEqual(some);
  });
});

describe("section classifier updated section by section", () => {
  const top1 = (c: SectionClassifier, features: string[]) => [...c.predict(features)].sort((a, b) => b[1] - a[1])[0]?.[0];

  it("forgets a removed section and learns an added one without retraining the others", () => {
    const classifier = SectionClassifier.train(gridExamples, gridVocabulary);
    const before = top1(classifier, ["商标", "材料", "申请"]);
    classifier.removeSections(new Set(["专利/条件"]));
    expect(classifier.knows("专利/条件")).toBe(false);
    expect([...classifier.predict(["专利", "条件"]).keys()]).not.toContain("专利/条件");
    classifier.addSections(
      [{ sectionId: "专利/费用减缴", features: ["专利", "减缴", "申请"] }, { sectionId: "专利/费用减缴", features: ["专利", "减缴", "怎么"] }],
      new Map([["专利/费用减缴", ["专利", "减缴", "申请", "怎么"]]]),
    );
    expect(classifier.knows("专利/费用减缴")).toBe(true);
    expect(top1(classifier, ["专利", "减缴"])).toBe("专利/费用减缴");
    expect(top1(classifier, ["商标", "材料", "申请"])).toBe(before);
    const total = [...classifier.predict(["专利"]).values()].reduce((sum, p) => sum + p, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("reads back from its binary file with the same probabilities, removals included", () => {
    const classifier = SectionClassifier.train(gridExamples, gridVocabulary);
    classifier.removeSections(new Set(["医保/哪里"]));
    const file = path.join(tempDir(), "classifier.bin");
    writeClassifier(file, classifier);
    const restored = readClassifier(file);
    for (const features of [["医保", "哪里"], ["专利", "条件", "申请"], ["办理"]]) expect(restored.predict(features)).toEqual(classifier.predict(features));
    expect(restored.knows("医保/哪里")).toBe(false);
  });
});

describe("predictFor", () => {
  it("gives predict's probabilities for the asked sections only, also after sections change", () => {
    const classifier = SectionClassifier.train(gridExamples, gridVocabulary);
    const check = (features: string[], ids: string[]) => {
      const all = classifier.predict(features);
      expect(classifier.predictFor(features, ids)).toEqual(new Map(ids.filter((id) => all.has(id)).map((id) => [id, all.get(id)!])));
      expect([...classifier.probabilitiesFor(features, ids)]).toEqual(ids.map((id) => all.get(id) ?? 0));
      const known = new Uint8Array(ids.length);
      classifier.probabilitiesFor(features, ids, known);
      expect([...known]).toEqual(ids.map((id) => (classifier.knows(id) ? 1 : 0)));
    };
    check(["专利", "条件"], ["专利/条件", "商标/条件", "医保/哪里", "nowhere"]);
    classifier.removeSections(new Set(["专利/条件"]));
    classifier.addSections([{ sectionId: "专利/年费", features: ["专利", "年费"] }], new Map([["专利/年费", ["专利", "年费"]]]));
    check(["专利", "条件", "年费"], ["专利/条件", "专利/年费", "商标/条件"]);
  });
});
