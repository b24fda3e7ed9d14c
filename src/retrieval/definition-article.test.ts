import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { definedTerms, definingArticle, definitionsOf } from "./definition-article.js";

const article = (docId: string, number: number, body: string) =>
  ({ id: `${docId}#${number}`, docId, origin: "imported", body, article: { law: docId, number, path: [] } }) as unknown as Passage;

const elderly = article("elderly", 2, "本法所称老年人是指六十周岁以上的公民。");
const uses = article("elderly", 33, "国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。");
const patent = article("patent", 2, "发明，是指对产品、方法或者其改进所提出的新的技术方案。\n实用新型，是指对产品的形状、构造或者其结合所提出的适于实用的新的技术方案。");
const curated = { ...elderly, id: "curated", origin: undefined } as unknown as Passage;

describe("definingArticle", () => {
  it("reads the terms an article defines, after 本法所称 or at the start of a sentence", () => {
    expect(definedTerms(elderly)).toEqual(["老年人"]);
    expect(definedTerms(patent)).toEqual(["发明", "实用新型"]);
    expect(definedTerms(curated)).toEqual([]);
  });

  it("answers a question asking what counts as a defined term from the article defining it", () => {
    const passages = [uses, elderly, patent];
    expect(definingArticle(definitionsOf(passages), ["多大岁数才算法律上说的老人", "多大岁数才算法律上说的老年人"])).toBe(elderly);
    expect(definingArticle(definitionsOf(passages), ["实用新型是指什么"])).toBe(patent);
    expect(definingArticle(definitionsOf(passages), ["什么样的东西算实用新型"])).toBe(patent);
  });

  it("leaves a question that only uses the term to the ranking", () => {
    expect(definingArticle(definitionsOf([uses, elderly]), ["老年人高龄津贴怎么领"])).toBeUndefined();
  });

  it("leaves a term two documents define to the ranking", () => {
    const other = article("other", 3, "本条例所称老年人是指六十五周岁以上的人。");
    expect(definingArticle(definitionsOf([elderly, other]), ["什么人算老年人"])).toBeUndefined();
  });
});
