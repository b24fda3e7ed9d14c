import { describe, expect, it } from "vitest";
import { readHtml } from "./read-html.js";

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const content = `<div class="content"><p>（2024年4月26日示范市第十六届人民代表大会常务委员会第十次会议通过）</p><p>第一条 为了规范养老服务，制定本条例。</p><p>第二条 本市行政区域内的养老服务适用本条例。</p><p>第三条 本条例自2024年7月1日起施行。</p></div>`;

describe("readHtml: the document's title", () => {
  it("takes the part of <title> that reads like a document's title, not the site's name after it", () => {
    expect(readHtml(page("示范市养老服务条例_示范市人大常委会网站", content)).meta.title).toBe("示范市养老服务条例");
  });

  it("takes the page's heading when <title> names only the site, and not a sidebar's 最新通知", () => {
    const body = `<div class="side"><h3>最新通知</h3><ul><li>关于开会的通知</li></ul></div><div class="detail"><h2>示范市 养老服务条例</h2>${content}</div>`;
    expect(readHtml(page("示范市人大常委会网站", body)).meta.title).toBe("示范市养老服务条例");
  });

  it("takes the regulation's heading, not the announcement heading that <title> repeats", () => {
    const announcement = "示范市第十六届人民代表大会常务委员会公告";
    const body = `<div class="detail"><h2>${announcement}</h2><p>第五十九号</p><h3>示范经济特区养老服务条例</h3>${content}</div>`;
    expect(readHtml(page(announcement, body)).meta.title).toBe("示范经济特区养老服务条例");
    expect(readHtml(page(`${announcement}（第五十九号）_示范市人大`, body)).meta.title).toBe("示范经济特区养老服务条例");
  });

  it("reads the 文号 of an announcement heading printed above the body's element", () => {
    const announcement = "示范市第十六届人民代表大会常务委员会公告（第五十九号）";
    const body = `<h1>${announcement}</h1><div class="article-content"><p>示范经济特区养老服务条例</p>${content}</div>`;
    const { lines } = readHtml(page("示范经济特区养老服务条例_示范市人大", body));
    expect(lines[0]).toBe(announcement);
  });

  it("leaves out the site's furniture printed inside the body's element", () => {
    const tools = "<p>【打印本页】 【关闭窗口】</p><p>分享到：微信 微博</p><p>扫一扫在手机打开当前页</p>";
    const { lines } = readHtml(page("示范市养老服务条例_示范市人大", `<div class="xl-box">${content}${tools}</div>`));
    expect(lines.at(-1)).toBe("第三条 本条例自2024年7月1日起施行。");
  });

  it("keeps <title> when nothing on the page reads like a document's title", () => {
    expect(readHtml(page("示范市政务公开", `<div class="detail">${content}</div>`)).meta.title).toBe("示范市政务公开");
  });

  it("prefers <meta name=ArticleTitle>, as gov.cn pages carry it", () => {
    const html = page("国务院_中国政府网", `<h1>最新政策</h1>${content}`).replace("<title>", '<meta name="ArticleTitle" content="某某条例"><title>');
    expect(readHtml(html).meta.title).toBe("某某条例");
  });
});
