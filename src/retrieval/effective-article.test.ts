import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";
import { effectiveArticle, namesLaw } from "./effective-article.js";

const article = (docId: string, source: string, number: number, body: string): Passage => ({
  id: `${docId}#${number}`, docId, title: source, source, heading: `第${number}条`, topic: "social-security", audience: "both", issuer: "国务院",
  effective: "2021-05-01", region: "全国", status: "current", body, phrasings: [], file: `${docId}.md`, origin: "imported",
  article: { law: source.replace(/^中华人民共和国/, ""), number, path: [`《${source}》`, `第${number}条`] },
});

const passages = [
  article("fund", "医疗保障基金使用监督管理条例", 49, "本条例施行前的有关规定，与本条例不一致的，以本条例为准。"),
  article("fund", "医疗保障基金使用监督管理条例", 50, "本条例自2021年5月1日起施行。"),
  article("social", "中华人民共和国社会保险法", 97, "外国人在中国境内就业的，参照本法规定参加社会保险。"),
  article("social", "中华人民共和国社会保险法", 98, "本法自2011年7月1日起施行。"),
  article("elderly", "中华人民共和国老年人权益保障法", 85, "本法自2013年7月1日起施行。"),
];

describe("namesLaw", () => {
  it("reads a law's name after leading words, and a shortening that keeps its characters in order", () => {
    expect(namesLaw("请问社会保险法", passages[3]!)).toBe(true);
    expect(namesLaw("医保基金监管条例", passages[1]!)).toBe(true);
  });

  it("does not take the end of another law's name, or a name of another kind, for it", () => {
    expect(namesLaw("医疗保障法", passages[4]!)).toBe(false);
    expect(namesLaw("社会保险条例", passages[3]!)).toBe(false);
  });
});

describe("effectiveArticle", () => {
  const ask = (q: string) => effectiveArticle(passages, normalizeText(q))?.id;

  it("answers when a named law takes effect from the article that puts it in force", () => {
    expect(ask("社会保险法是从哪天开始施行的")).toBe("social#98");
    expect(ask("医保基金监管条例是什么时候生效的")).toBe("fund#50");
  });

  it("leaves other questions, and laws that are not loaded, to retrieval", () => {
    expect(ask("社会保险法规定外国人要参保吗")).toBeUndefined();
    expect(ask("医疗保障法什么时候开始施行")).toBeUndefined();
  });
});
