import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { createHomophoneMatcher, soundTable } from "./homophones.js";
import { createLexicon, parseLexicon } from "./lexicon.js";
import { createSegmenter } from "./segmenter.js";

const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict" });
const matcher = createHomophoneMatcher({ terms: ["稳岗", "备案", "报销", "社保", "公示"], dictionaryCut: segmenter.dictionaryCut });
const typos = (text: string) => Object.fromEntries(matcher(text).map((m) => [m.colloquial, m.official]));

describe("homophone typos", () => {
  it("maps a pinyin-input typo to the policy term that sounds the same", () => {
    expect(typos("温岗补贴从哪出钱")).toMatchObject({ 温岗: ["稳岗"] });
    expect(typos("被案有效期多长")).toMatchObject({ 被案: ["备案"] });
    expect(typos("医疗费用报消要带什么")).toMatchObject({ 报消: ["报销"] });
  });

  it("leaves real words and spans across words alone", () => {
    expect(typos("公式怎么算")).toEqual({}); // 公式 is a word, not a typo of 公示
    expect(typos("孩子今年报小学")).toEqual({}); // 报小 cuts through 小学
    expect(typos("已经办了备案")).toEqual({}); // the term itself is there
  });

  it("finds a typo beside runs that have no span of two to four characters (one character, punctuation apart)", () => {
    expect(typos("我，温岗，吗")).toMatchObject({ 温岗: ["稳岗"] });
    expect(typos("我，吗")).toEqual({});
  });

  it("lets the lexicon expand a corrected term further", () => {
    const lexicon = createLexicon(parseLexicon("社保卡\t社会保障卡\n"), {
      domainTerms: ["社保卡"],
      homophones: { dictionaryCut: segmenter.dictionaryCut },
    });
    expect(lexicon.expand("社宝卡丢了")).toContain("社会保障卡");
  });

  it("reads each term's sound as pinyin-pro's toneless reading does (polyphones by word, 一 and 不 with their tone changes)", () => {
    const terms = ["银行", "行政", "重庆", "重新", "一次", "一样", "不变", "不是", "长期", "增长", "了结", "女婿"];
    const table = soundTable(terms);
    for (const term of terms) {
      const expected = pinyin(term, { toneType: "none", type: "array" }).join(" ");
      expect(table.get(expected)).toContain(term);
    }
  });
});
