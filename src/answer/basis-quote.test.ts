import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import { answeringCitation, basisQuote, SOURCE_MIN_MATCH } from "./basis-quote.js";
import { toCitation } from "./citation.js";
import { createContext } from "./context.js";
import type { PipelineDeps } from "./deps.js";
import { loadReplies } from "./replies.js";

const article: Passage = {
  id: "law#16", docId: "social-security-she-hui-bao-xian-fa", title: "中华人民共和国社会保险法", heading: "第十六条", topic: "social-security", audience: "both",
  issuer: "全国人民代表大会常务委员会", effective: "2018-12-29", region: "全国", status: "current", phrasings: [], file: "law.md", origin: "imported",
  body: "参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。\n参加基本养老保险的个人，达到法定退休年龄时累计缴费不足十五年的，可以缴费至满十五年，按月领取基本养老金。",
  article: { law: "社会保险法", number: 16, path: ["《中华人民共和国社会保险法》", "第十六条"] },
};
const section: Passage = {
  id: "guide#1", docId: "guide", title: "基本养老保险", heading: "养老保险要交满多少年", topic: "social-security", audience: "both", issuer: "人力资源社会保障部",
  source: "中华人民共和国社会保险法", effective: "2018-12-29", reviewed: "2026-12-01", region: "全国", status: "current", basis: "第十六条",
  body: "累计缴费满15年，退休后可以按月领取养老金。", phrasings: ["养老保险交多少年"], file: "g.md",
};

function quoteFor(top: Passage, found: Passage | undefined, named = true, score = 0.5, ranked: Passage[] = [], articles: [Passage, number][] = []) {
  const deps = { replies: loadReplies("prompts"), retriever: { basisArticle: () => (found ? { article: found, score, named } : undefined) } } as unknown as PipelineDeps;
  const ctx = createContext({ message: "养老保险不足十五年怎么办", sessionId: "s", channel: "api" });
  ctx.query = { original: "", normalized: "", expanded: "", words: ["养老保险", "不足", "十五年"], matches: [] };
  ctx.candidates = ranked.map((passage) => ({ passage }) as unknown as Candidate);
  ctx.articles = articles.map(([passage, score]) => ({ passage, score }) as unknown as Candidate);
  return basisQuote(ctx, deps, top);
}

describe("basisQuote", () => {
  it("quotes the basis article of a curated answer (whole when short), cites it at the 款 asked about", () => {
    const quote = quoteFor(section, article)!;
    expect(quote.line).toBe(`依据《社会保险法》第十六条第二款：${article.body.replace("\n", "")}`);
    expect(quote.citation).toMatchObject({ docId: article.docId, section: "第十六条", article: "《社会保险法》第十六条第二款" });
    expect(quote.source).toMatch(/^来源：全国人民代表大会常务委员会《中华人民共和国社会保险法》；《社会保险法》第十六条第二款$/);
  });

  it("without a 依据, takes the source law's best-ranked candidate article, else its best-matching one if it matches well enough", () => {
    const other = { ...article, id: "law#17", heading: "第十七条", article: { ...article.article!, number: 17 } };
    expect(quoteFor(section, article, false, 0.1, [section, other])?.citation.section).toBe("第十七条");
    expect(quoteFor(section, article, false, SOURCE_MIN_MATCH)?.citation.section).toBe("第十六条");
    expect(quoteFor(section, article, false, SOURCE_MIN_MATCH - 0.01)).toBeNull();
  });

  it("for a section linked to no imported law, quotes the article the ranking singles out, and only then", () => {
    const other = { ...article, id: "law#17", heading: "第十七条", article: { ...article.article!, number: 17 } };
    // The section restates the article (the share of its character pairs in it is well above RESTATES_MIN_SHARE).
    const unlinked = { ...section, basis: undefined, source: undefined, body: "累计缴费满十五年的，按月领取基本养老金。" };
    expect(quoteFor(unlinked, undefined, true, 0, [], [[article, 0.4], [other, 0.3]])?.citation.section).toBe("第十六条");
    expect(quoteFor(unlinked, undefined, true, 0, [], [[article, 0.4], [other, 0.38]])).toBeNull();
    // A section saying something else than the article the ranking prefers does not quote it.
    expect(quoteFor({ ...unlinked, body: "医保电子凭证可以在全国通用。" }, undefined, true, 0, [], [[article, 0.4], [other, 0.3]])).toBeNull();
    // A section whose own basis article was found but matches too little quotes nothing rather than another article.
    expect(quoteFor({ ...section, basis: undefined }, article, false, 0.1, [], [[other, 0.4]])).toBeNull();
  });

  it("adds nothing when no basis article is loaded, or when an article answers itself", () => {
    expect(quoteFor(section, undefined)).toBeNull();
    expect(quoteFor(article, article)).toBeNull();
  });
});

describe("answeringCitation", () => {
  it("is the curated section's citation, after the quoted basis article when one is cited first", () => {
    const quote = quoteFor(section, article)!;
    const own = toCitation(section);
    expect(answeringCitation({ citations: [quote.citation, own], quotedFirst: true })).toBe(own);
    expect(answeringCitation({ citations: [own], quotedFirst: false })).toBe(own);
  });
});
