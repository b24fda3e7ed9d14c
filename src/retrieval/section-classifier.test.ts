import { describe, expect, it } from "vitest";
import { SectionClassifier, type ClassifierExample } from "./section-classifier.js";

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
