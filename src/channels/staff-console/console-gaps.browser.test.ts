import { expect, it } from "vitest";
import { axeViolations } from "../web/axe.js";
import { describeBrowser, serverAndBrowser } from "../web/browser-harness.js";
import { consoleParts, openConsole, signIn, startStaffServer } from "./console-harness.js";

async function chat(url: string, message: string): Promise<void> {
  await fetch(`${url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message, channel: "web" }) });
}

describeBrowser("the 知识缺口 view and the public page in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  it("lists paraphrased unanswered questions as one group and marks its document for review", async () => {
    for (const q of ["住房公积金能不能直接拿来交小区物业费", "公积金交小区物业费行不行", "小区里装电动车充电桩要找谁批"]) await chat(env.server.url, q);
    const page = await openConsole(env.browser, env.server.url);
    await signIn(page);
    const gaps = page.getByRole("region", { name: "知识缺口" });
    const groups = gaps.getByRole("list", { name: "问题组" }).locator("li.gap");
    await groups.first().waitFor();
    const wuye = groups.filter({ hasText: "物业" });
    await expect(wuye.count()).resolves.toBe(1);
    await expect(wuye.locator("ul.examples li").count()).resolves.toBe(2);
    expect(await groups.filter({ hasText: "充电桩" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await wuye.getByRole("button", { name: "标记文档待复核" }).click();
    await wuye.getByLabel("复核说明（可选）").fill("缺少物业费提取的规定");
    await wuye.getByRole("button", { name: "标记待复核" }).click();
    await expect.poll(() => consoleParts(page).announcer.textContent()).toMatch(/已标记《.+》待复核/);
    await expect.poll(() => gaps.locator("li.gap", { hasText: "物业" }).textContent()).toContain("已标记文档待复核");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("the public page has no WCAG 2.2 AA violations, standard and 大字版", async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" })).newPage();
    await page.goto(`${env.server.url}/transparency`);
    await expect(page.title()).resolves.toMatch(/^公开/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "大字版" }).click();
    await page.waitForURL(/elder=1/);
    expect(await page.evaluate(() => document.documentElement.className)).toBe("elder");
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav").isVisible()).toBe(false);
    await page.context().close();
  });
});
