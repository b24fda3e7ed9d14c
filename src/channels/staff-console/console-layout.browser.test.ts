import { expect, it } from "vitest";
import { describeBrowser, screenshot, serverAndBrowser } from "../web/browser-harness.js";
import { consoleParts, openConsole, signIn, startStaffServer } from "./console-harness.js";

describeBrowser("staff console: compact search results in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  it("shows three whole results on a 1280×800 screen, each naming its source once", async () => {
    const page = await openConsole(env.browser, env.server.url, { width: 1280, height: 800 });
    const c = consoleParts(page);
    await signIn(page);
    await c.search.fill("外省住院结算");
    await c.results.nth(2).waitFor();
    const bottoms = await c.results.evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().bottom));
    await screenshot(page, "staff-search-1280x800");
    expect(bottoms.filter((bottom) => bottom <= 800).length).toBeGreaterThanOrEqual(3);
    const first = c.results.first();
    expect(((await first.textContent()) ?? "").match(/来源/g) ?? []).toHaveLength(0);
    expect(await first.locator("dl").textContent()).toMatch(/发布机关.+文号.+施行日期/);
    await page.context().close();
  });
});
