import * as cheerio from "cheerio";
import { DOCUMENT_TITLE, isoDate, isPromulgation, readLabels } from "./front-lines.js";
import { isPageChrome } from "./page-chrome.js";
import { cleanLines, type SourceText } from "./source-text.js";

/** Where government sites put the document body; the whole <body> when none is found. */
const BODY_SELECTORS = ["#UCAP-CONTENT", ".pages_content", ".TRS_Editor", "#zoom", "#Zoom", ".article-content", "article", "main"];
const BLOCKS = "p,div,h1,h2,h3,h4,h5,h6,li,tr,td,th,section,article,table,blockquote,pre";
/** <meta> names gov.cn pages use for the document's title and issuer. */
const META_NAMES = { title: ["ArticleTitle", "title"], issuer: ["ContentSource", "author"], published: ["PubDate", "firstpublishedtime"] };

/** Reads an HTML page (or mammoth's HTML of a DOCX): the body's text one block per line, plus title and issuer from <meta>. */
export function readHtml(html: string | Buffer): SourceText {
  const $ = typeof html === "string" ? cheerio.load(html) : cheerio.loadBuffer(html);
  $("script,style,noscript,nav,header,footer,iframe,form").remove();
  const metaContent = (names: string[]) =>
    names.map((n) => $(`meta[name="${n}"]`).attr("content")?.trim()).find((v): v is string => Boolean(v));
  const title = metaContent(META_NAMES.title) ?? pageTitle($);
  const issuer = metaContent(META_NAMES.issuer);
  const published = isoDate(metaContent(META_NAMES.published) ?? "") ?? metaContent(META_NAMES.published)?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  $("br").replaceWith("\n");
  $(BLOCKS).each((_, el) => {
    $(el).append("\n");
  });
  const known = BODY_SELECTORS.map((s) => $(s).first()).find((el) => el.length && el.text().trim().length > 50);
  // Otherwise the element holding the most paragraphs (a site's own layout): the body text, not the menus.
  const densest = $("div,section,td")
    .toArray()
    .map((el) => ({ el, count: $(el).children("p").length }))
    .sort((a, b) => b.count - a.count)[0];
  const container = known ?? (densest && densest.count >= 3 ? $(densest.el) : $("body"));
  // The body's element often holds the site's furniture too (【打印本页】【关闭窗口】 after the last article).
  const lines = cleanLines(container.text()).filter((line) => !isPageChrome(line));
  // A congress's page often heads the body with its announcement (…常务委员会公告（第五十九号）) outside the body's
  // element: kept as the first front line, so the 文号 it prints is read like the body's own.
  const promulgation = $("h1,h2").toArray().map((el) => $(el).text().replace(/\s+/g, "")).find((h) => isPromulgation(h) && /号[)）]?$/.test(h));
  if (promulgation && !lines.some((l) => l.replace(/\s+/g, "") === promulgation)) lines.unshift(promulgation);
  // gov.cn shows 发文机关/发文字号/成文日期 in a table outside the body.
  const labelled = readLabels(cleanLines($("body").text()));
  return { lines, meta: { ...(published ? { published } : {}), ...labelled, ...(title ? { title } : {}), ...(issuer ? { issuer } : {}) } };
}

/** Headings that may hold a document's title on a site's own layout (the <title> often names only the site). */
const TITLE_HEADINGS = "h1,h2,h3,[class*=title],[id*=title]";

/**
 * The document's title on a page without <meta name="ArticleTitle">: a heading that reads like a document's title
 * (ends in 条例, 办法, 通知…), else the part of <title> that does (示范市养老服务条例_示范市人大常委会网站), else <title>.
 * A promulgation's heading (示范市第十六届人民代表大会常务委员会公告) is not the document's title.
 */
function pageTitle($: cheerio.CheerioAPI): string {
  const looksLikeTitle = (text: string) => text.length >= 4 && text.length <= 60 && DOCUMENT_TITLE.test(text) && !isPromulgation(text);
  const full = $("title").first().text().trim();
  const headings = $(TITLE_HEADINGS)
    .toArray()
    .map((el) => $(el).text().replace(/\s+/g, ""))
    .filter(looksLikeTitle);
  // A sidebar's 最新通知 reads like a title too: the heading <title> repeats, else the longest.
  const heading = headings.find((h) => full.includes(h)) ?? headings.sort((a, b) => b.length - a.length)[0];
  const part = full.split(/[_|｜\-–—]/).map((t) => t.trim()).find(looksLikeTitle);
  return heading ?? part ?? full;
}
