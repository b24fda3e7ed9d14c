import { describe, expect, it } from "vitest";
import { isPageChrome } from "./page-chrome.js";

describe("isPageChrome", () => {
  it("recognises the furniture government pages print beside a document", () => {
    for (const line of [
      "【打印本页】 【关闭窗口】",
      "[ 打印 ] [ 关闭 ]",
      "打印 | 关闭 | 收藏",
      "分享到：微信 微博",
      "扫一扫在手机打开当前页",
      "【字体：大 中 小】",
      "浏览次数：1024",
      "责任编辑：王某",
      "上一篇：示范市物业管理条例",
      "主办单位：示范市人大常委会办公厅",
      "粤ICP备05041262号",
      "关闭",
    ]) {
      expect(isPageChrome(line), line).toBe(true);
    }
  });

  it("keeps the document's own lines, even those that mention printing or closing", () => {
    for (const line of [
      "本条例自2022年9月1日起施行。",
      "第三十条 幼儿园应当关闭存在安全隐患的场所，并打印公示材料。",
      "深圳市人民代表大会常务委员会",
      "编辑出版物应当遵守本条例。",
    ]) {
      expect(isPageChrome(line), line).toBe(false);
    }
  });
});
