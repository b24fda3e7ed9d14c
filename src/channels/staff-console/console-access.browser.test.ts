import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeBrowser, serverAndBrowser, screenshot, startServer } from "../web/browser-harness.js";
import { STAFF, consoleParts, createTicket, openConsole, signIn, startStaffServer } from "./console-harness.js";

/** "tag.class" of the focused element, and whether it shows a focus outline. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const node = document.activeElement as HTMLElement | null;
    return { what: node ? `${node.tagName.toLowerCase()}.${node.className}` : "", text: node?.textContent ?? "", outline: node ? getComputedStyle(node).outlineStyle : "none" };
  });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describeBrowser("staff console: keyboard, labels, landmarks, 大字版 and small screens in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  it("works from the keyboard alone, with landmarks, labelled controls and visible focus", async () => {
    const id = await createTicket(env.server.url);
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    expect((await focused(page)).what).toBe("input.");
    await page.keyboard.type(STAFF.token);
    await page.keyboard.press("Enter");
    await c.search.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    for (const role of ["banner", "main"] as const) expect(await page.getByRole(role).count()).toBe(1);
    expect(await page.getByRole("navigation", { name: "功能导航" }).count()).toBe(1); // and the queue's 工单分页
    const unlabelled = await page.locator("input, select, textarea, button").evaluateAll((nodes) =>
      nodes.filter((n) => !(n as HTMLInputElement).labels?.length && !n.getAttribute("aria-label") && !n.textContent?.trim()).length,
    );
    expect(unlabelled).toBe(0);

    await page.keyboard.type("专利保护期多长");
    await c.results.first().waitFor();
    await tabTo(page, (f) => f.text === "复制答复");
    expect((await focused(page)).outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(() => c.announcer.textContent()).toBe("已复制");

    await tabTo(page, (f) => f.what === "button.ticket-item" && f.text.includes(id));
    expect((await focused(page)).outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).text).toBe(`工单详情 · ${id}`);
    await tabTo(page, (f) => f.text === "认领");
    await page.keyboard.press("Enter");
    await expect.poll(() => c.ticket.locator("#ticket-status").textContent()).toBe("状态：处理中");
    await tabTo(page, (f) => f.what === "textarea.");
    await page.keyboard.type("您好，已为您查询，请补交发票原件。");
    await tabTo(page, (f) => f.text === "提交答复");
    await page.keyboard.press("Enter");
    await expect.poll(() => c.ticket.locator("#ticket-status").textContent()).toBe("状态：已答复");
    await page.context().close();
  });

  it("大字版/高对比 enlarges text, raises contrast, keeps 44-pixel targets and is remembered", async () => {
    await createTicket(env.server.url);
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page);
    await c.search.fill("外省住院结算");
    await c.results.first().waitFor();
    const size = () => c.results.first().locator(".snippet").evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    const normal = await size();
    const toggle = c.button("大字版/高对比");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.25);
    expect(await page.locator("body").evaluate((n) => getComputedStyle(n).color)).toBe("rgb(0, 0, 0)");
    const heights = await page.locator("button, input, select, textarea").evaluateAll((nodes) =>
      nodes.filter((n) => (n as HTMLElement).offsetParent !== null && (n as HTMLInputElement).type !== "checkbox").map((n) => n.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await screenshot(page, "staff-elder");
    await page.reload();
    await c.search.waitFor();
    expect(await c.button("大字版/高对比").getAttribute("aria-pressed")).toBe("true");
    await page.context().close();
  });

  it("fits a 360-pixel phone screen and 200% zoom without sideways scrolling", async () => {
    await createTicket(env.server.url);
    for (const [viewport, name] of [[{ width: 360, height: 740 }, "staff-phone-360"], [{ width: 640, height: 360 }, "staff-zoom-200"]] as const) {
      const page = await openConsole(env.browser, env.server.url, viewport);
      const c = consoleParts(page);
      await signIn(page);
      await c.search.fill("外省住院结算");
      await c.results.first().waitFor();
      await c.queue.locator("button.ticket-item").first().click();
      await c.ticket.getByRole("button", { name: "认领" }).waitFor();
      await c.stats.getByRole("table", { name: "按主题" }).waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, name);
      await c.button("大字版/高对比").click();
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
      await c.queue.scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-elder`);
      await page.context().close();
    }
  });

  it("explains how to switch the staff API on when no staff account is configured (503)", async () => {
    const bare = await startServer();
    try {
      const page = await openConsole(env.browser, bare.url);
      await signIn(page, "any-token-0123456789");
      const error = consoleParts(page).signInError;
      await expect.poll(() => error.textContent()).toContain("工作人员接口未启用");
      expect(await error.textContent()).toContain("STAFF_TOKENS");
      await page.context().close();
    } finally {
      await bare.close();
    }
  });
});
