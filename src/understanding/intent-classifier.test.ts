import { describe, expect, it } from "vitest";
import { readIntentExamples, trainIntentClassifier, visitOrder, type IntentExample } from "./intent-classifier.js";
import { intentFeatures } from "./intent-features.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const examples: IntentExample[] = [
  ...["医保跨省怎么报销", "专利保护期多久", "创业贷款能贷多少", "居住证怎么办", "孩子几岁上小学", "失业金怎么领"].map((text) => ({ intent: "general" as const, text })),
  ...["我的报销怎么还没到账", "我的申请审到哪一步了", "帮我查一下我的社保", "我交的材料为什么被退回"].map((text) => ({ intent: "personal_case" as const, text })),
  ...["讲个笑话", "今天天气怎么样", "推荐一部电影", "写一首诗"].map((text) => ({ intent: "off_topic" as const, text })),
];

describe("intent classifier", () => {
  it("learns what kind of message it is from character n-grams, beyond the exact examples", () => {
    const classifier = trainIntentClassifier(examples);
    const personal = classifier.predict("我的报销审到哪了");
    expect(personal.personal_case).toBeGreaterThan(personal.general);
    const chat = classifier.predict("给我讲个笑话吧");
    expect(chat.off_topic).toBeGreaterThan(chat.general);
    const total = Object.values(classifier.predict("专利怎么申请")).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it("uses unigrams to trigrams, so a typo keeps most features", () => {
    const a = new Set(intentFeatures("社保卡丢了"));
    const shared = intentFeatures("社宝卡丢了").filter((f) => a.has(f)).length;
    expect(shared).toBeGreaterThan(a.size / 3);
  });

  it("fails loudly, with the line number, on a bad training line", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "intent-")), "training.tsv");
    fs.writeFileSync(file, "label\ttext\ngeneral\t医保怎么报\nnonsense line\n");
    expect(() => readIntentExamples(file)).toThrow(/training\.tsv:3/);
  });
});

describe("visit order", () => {
  it("keeps the other examples' relative order when one is added", () => {
    const texts = ["医保跨省怎么报销", "专利保护期多久", "讲个笑话", "居住证怎么办", "我的社保查一下", "孩子几岁上小学"];
    const before = visitOrder(texts, 3, 7).map((i) => texts[i]);
    const after = visitOrder([...texts, "创业贷款能贷多少"], 3, 7).map((i) => [...texts, "创业贷款能贷多少"][i]);
    expect(after.filter((t) => t !== "创业贷款能贷多少")).toEqual(before);
  });

  it("differs between epochs, so SGD does not see the same sequence every pass", () => {
    const texts = Array.from({ length: 20 }, (_, i) => `问题${i}`);
    expect(visitOrder(texts, 0, 7)).not.toEqual(visitOrder(texts, 1, 7));
    expect([...visitOrder(texts, 0, 7)].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i));
  });
});
