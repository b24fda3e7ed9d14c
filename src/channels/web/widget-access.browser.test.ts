import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { ask, describeBrowser, serverAndBrowser, focusedInWidget, screenshot, widget } from "./browser-harness.js";

describeBrowser("web widget: keyboard, 大字版, small screens and other sites in Chromium", () => {
  const env = serverAndBrowser();

  async function open(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await env.browser.newContext({ viewport, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await widget(page).launcher.waitFor();
    return page;
  }
  /** Where the newest answer starts relative to the top of the log, and the log's height (CSS px). */
  const answerPlacement = (page: Page) =>
    page.locator("#zhice-widget").evaluate((host) => {
      const log = host.shadowRoot!.querySelector(".log")!.getBoundingClientRect();
      const answers = host.shadowRoot!.querySelectorAll(".msg.bot");
      const answer = answers[answers.length - 1]!.getBoundingClientRect();
      return { offset: answer.top - log.top, logHeight: log.height };
    });
  /** A question whose answer is longer than the log is tall. */
  const LONG_QUESTION = "在外省住院医保能直接结算吗";
  const fontSize = (page: Page, selector: string) =>
    page.locator("#zhice-widget").locator(selector).first().evaluate((node) => parseFloat(getComputedStyle(node).fontSize));

  it("works from the keyboard alone, with ARIA roles and visible focus", async () => {
    const page = await open();
    const w = widget(page);
    for (let i = 0; i < 5 && (await focusedInWidget(page)) !== "button.launcher"; i++) await page.keyboard.press("Tab");
    expect(await focusedInWidget(page)).toBe("button.launcher");
    expect(await w.launcher.evaluate((node) => getComputedStyle(node).outlineStyle)).not.toBe("none");
    expect(await w.launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await w.launcher.getAttribute("aria-controls")).toBe(await w.panel.getAttribute("id"));

    await page.keyboard.press("Enter");
    expect(await w.launcher.getAttribute("aria-expanded")).toBe("true");
    expect(await w.panel.getAttribute("aria-label")).toBe("政策咨询");
    expect([await w.log.getAttribute("aria-live"), await focusedInWidget(page)]).toEqual(["polite", "textarea."]);
    await page.keyboard.type("专利保护期多长");
    await page.keyboard.press("Enter");
    await w.bots.first().waitFor();
    expect(await w.input.inputValue()).toBe("");

    await page.keyboard.press("Shift+Tab"); // back into the log: the last answer's feedback buttons
    expect(await focusedInWidget(page)).toMatch(/^button/);
    await page.keyboard.press("Escape");
    expect(await w.panel.isVisible()).toBe(false);
    expect(await w.launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await focusedInWidget(page)).toBe("button.launcher");
    await page.context().close();
  });

  it("大字版 enlarges text and targets, raises contrast, and is remembered", async () => {
    const page = await open();
    const w = widget(page);
    await w.launcher.click();
    await ask(page, "在外省住院医保能直接结算吗");
    const normal = await fontSize(page, ".msg.bot p");
    await w.button("大字版").click();
    expect(await w.button("大字版").getAttribute("aria-pressed")).toBe("true");
    expect(await fontSize(page, ".msg.bot p")).toBeGreaterThanOrEqual(normal * 1.25);
    expect(await w.bots.first().evaluate((node) => getComputedStyle(node).color)).toBe("rgb(0, 0, 0)");
    const heights = await page.locator("#zhice-widget").locator("button, summary, textarea").evaluateAll((nodes) =>
      nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => n.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await screenshot(page, "elder-mode");

    await page.reload();
    await w.bots.first().waitFor();
    expect(await fontSize(page, ".msg.bot p")).toBeGreaterThanOrEqual(normal * 1.25);
    await page.context().close();
  });

  it("fills the width of a 360-pixel phone screen", async () => {
    const page = await open({ width: 360, height: 740 });
    const w = widget(page);
    await w.launcher.click();
    await ask(page, "专利保护期多长");
    await ask(page, LONG_QUESTION);
    // The answer is read from its start: its first line at the top of the log, not scrolled past.
    const placed = await answerPlacement(page);
    expect(placed.offset).toBeGreaterThanOrEqual(0);
    expect(placed.offset).toBeLessThanOrEqual(16);
    expect(placed.logHeight).toBeGreaterThanOrEqual(740 * 0.6);
    const box = await w.panel.boundingBox();
    expect(box).toMatchObject({ x: 0, width: 360 });
    const input = await w.input.boundingBox();
    expect(input!.x + input!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "phone-360");
    await w.button("大字版").click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await ask(page, LONG_QUESTION);
    expect((await answerPlacement(page)).offset).toBeLessThanOrEqual(16);
    await screenshot(page, "phone-360-elder");
    await page.context().close();
  });

  it("stays usable at 200% zoom in 大字版 (a 1280×720 screen is 640×360 CSS pixels)", async () => {
    const page = await open({ width: 640, height: 360 });
    const w = widget(page);
    await w.launcher.click();
    await w.button("大字版").click();
    await ask(page, "专利保护期多长");
    await ask(page, LONG_QUESTION);
    const placed = await answerPlacement(page);
    expect(placed.offset).toBeGreaterThanOrEqual(0);
    expect(placed.offset).toBeLessThanOrEqual(16);
    // Input and tools share one row here, so the log keeps most of the height (it was 206 px).
    expect(placed.logHeight).toBeGreaterThanOrEqual(220);
    for (const target of [w.input, w.button("发送"), w.button("关闭"), w.button("转人工"), w.button("查询工单")]) {
      const box = (await target.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(360);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
    }
    await screenshot(page, "zoom-200");
    await page.context().close();
  });

  it("embeds with one script tag on another site and talks to the API across origins", async () => {
    const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>某市政务网</title><h1>某市政务网</h1>
      <script src="${env.server.url}/widget.js" data-api="${env.server.url}" data-title="在线问政" defer></script>`;
    const site = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    await widget(page).button(/在线问政/).click();
    const answer = await ask(page, "在外省住院医保能直接结算吗");
    expect(await answer.textContent()).toContain("医保发〔2022〕22号");
    await page.context().close();
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  });
});
