import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nodejieba from "nodejieba";
import { describe, expect, it } from "vitest";
import { characterBigrams, createSegmenter } from "./segmenter.js";
import { normalizeText } from "./normalize.js";

const segmenter = createSegmenter({
  userDictDir: "knowledge/lexicon/userdict",
  stopWordsPath: "knowledge/lexicon/stopwords.txt",
});

describe("segmenter", () => {
  it("keeps policy terms from the user dictionary whole", () => {
    const words = segmenter.tokenize("创业担保贷款和异地就医直接结算怎么办理");
    expect(words).toContain("创业担保贷款");
    expect(words).toContain("异地就医");
  });

  it("gives the same features again as a new array (a caller may change its copy)", () => {
    const text = normalizeText("灵活就业人员怎么交社保 医疗保险");
    const first = segmenter.features(text);
    expect(first).toEqual([...segmenter.words(text), ...characterBigrams(text).map((g) => `#${g}`)]);
    first.push("changed");
    const again = segmenter.features(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(first.slice(0, -1));
  });

  it("drops stop words and punctuation", () => {
    const words = segmenter.tokenize("请问，我想问一下简易注销怎么办？");
    expect(words).toContain("简易注销");
    expect(words).not.toContain("请问");
    expect(words).not.toContain("，");
    expect(words).not.toContain("?");
  });

  it("cuts a text with spaces as jieba cuts the whole of it (a space separates what jieba cuts on its own)", () => {
    const plain = createSegmenter({ userDictDir: "knowledge/lexicon/userdict" });
    const texts = ["在外省住院医保能直接结算吗 异地就医直接结算 备案", "  医保报销  异地 就医，备案。 ", "灵活就业人员 怎么交社保 职工基本养老保险", " ", ""];
    for (const text of texts) {
      const whole = nodejieba.cut(text, true).filter((w) => !/^[\s\p{P}\p{S}]+$/u.test(w));
      expect(plain.words(text)).toEqual(whole);
    }
  });

  it("adds character bigrams as extra features", () => {
    expect(characterBigrams("医保卡")).toEqual(["医保", "保卡"]);
    const features = segmenter.features(normalizeText("职工医保"));
    expect(features).toContain("#职工");
    expect(features).toContain("#医保");
  });

  it("normalises traditional characters before cutting", () => {
    expect(segmenter.tokenize("異地就醫")).toContain("异地就医");
  });

  it("signs what decides its cuts: the same files give the same signature, other stop words another", () => {
    const same = createSegmenter({ userDictDir: "knowledge/lexicon/userdict", stopWordsPath: "knowledge/lexicon/stopwords.txt" });
    expect(same.signature).toBe(segmenter.signature);
    const stopWords = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "stop-")), "stopwords.txt");
    fs.writeFileSync(stopWords, "的\n");
    expect(createSegmenter({ userDictDir: "knowledge/lexicon/userdict", stopWordsPath: stopWords }).signature).not.toBe(segmenter.signature);
  });

  it("signs a dictionary by its content, not its folder: a copied data folder keeps the signature", () => {
    const [a, b] = [1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "dict-")));
    const dictionary = "医保 500 n\n报销 300 v\n";
    for (const dir of [a!, b!]) fs.writeFileSync(path.join(dir, "jieba-1.dict.utf8"), dictionary);
    const signed = (dir: string) => createSegmenter({ userDictDir: "knowledge/lexicon/userdict", dictionary: path.join(dir, "jieba-1.dict.utf8") }).signature;
    expect(signed(a!)).toBe(signed(b!));
    fs.appendFileSync(path.join(b!, "jieba-1.dict.utf8"), "门诊 40 n\n");
    expect(signed(a!)).not.toBe(signed(b!));
  });
});
