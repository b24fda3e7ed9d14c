import { expect, it } from "vitest";
import { ARTIFACTS, describeBrowser, serverAndBrowser, screenshot } from "../web/browser-harness.js";
import { STAFF, consoleParts, createTicket, openConsole, signIn, startStaffServer } from "./console-harness.js";

describeBrowser("staff console: sign-in, search, queue and statistics in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  it("signs in with the token (a wrong one says 令牌错误), keeps it for the tab, signs out", async () => {
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page, "not-the-right-token-000");
    await expect.poll(() => c.signInError.textContent()).toContain("令牌错误");
    await screenshot(page, "staff-signin-error");
    await signIn(page);
    expect(await c.user.textContent()).toBe(`工作人员：${STAFF.name}`);
    expect(await page.evaluate(() => sessionStorage.getItem("zhice-staff-token"))).toBe(STAFF.token);
    await page.reload();
    await c.search.waitFor(); // still signed in after a reload
    await c.button("退出登录").click();
    await page.locator("#token-input").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("zhice-staff-token"))).toBeNull();
    await page.context().close();
  });

  it("shows the top passages as you type, with key terms marked, the source and 复制答复", async () => {
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page);
    await c.search.pressSequentially("外省住院结算", { delay: 30 });
    const hit = c.results.filter({ hasText: "医保发〔2022〕22号" }).first();
    await hit.waitFor({ timeout: 10_000 });
    expect(await c.results.count()).toBeLessThanOrEqual(5);
    const marks = await hit.locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => /住院|结算|异地|外省/.test(m))).toBe(true);
    expect(await hit.locator("dl").textContent()).toMatch(/发布机关.*文号医保发〔2022〕22号.*施行日期\d{4}-\d{2}-\d{2}/);

    await hit.getByRole("button", { name: /^复制答复/ }).click();
    await expect.poll(() => c.announcer.textContent()).toBe("已复制");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [snippet, source] = copied.split("\n").length > 1 ? [copied.slice(0, copied.lastIndexOf("\n")), copied.slice(copied.lastIndexOf("\n") + 1)] : [copied, ""];
    expect(await hit.locator(".snippet").textContent()).toBe(snippet);
    expect(source).toContain("医保发〔2022〕22号");
    await screenshot(page, "staff-search");
    await page.context().close();
  });

  it("falls back to a selected textarea when the Clipboard API refuses", async () => {
    const page = await openConsole(env.browser, env.server.url);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    const c = consoleParts(page);
    await signIn(page);
    await c.search.fill("专利保护期多长");
    await c.results.first().getByRole("button", { name: /^复制答复/ }).click();
    await expect.poll(() => c.announcer.textContent()).toBe("已复制");
    expect(await page.locator("textarea[aria-hidden=true]").count()).toBe(0); // removed again
    await page.context().close();
  });

  it("finds a new ticket in the queue, claims it and answers it (not published as FAQ)", async () => {
    const id = await createTicket(env.server.url);
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page);
    const item = c.queue.locator(`button.ticket-item[data-id="${id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain("医保报销单");
    await item.click();
    await expect.poll(() => c.ticket.locator("#ticket-status").textContent()).toBe("状态：待处理");
    await c.ticket.getByRole("button", { name: "认领" }).click();
    await expect.poll(() => c.ticket.locator("#ticket-status").textContent()).toBe("状态：处理中");
    expect(await c.ticket.getByRole("button", { name: "认领" }).isDisabled()).toBe(true);

    await c.ticket.getByLabel(/^答复内容/).fill("您好，报销单退回是因为缺少发票原件，请补交后重新提交。");
    const publish = c.ticket.getByRole("checkbox", { name: "发布为常见问答" });
    await publish.check();
    expect(await c.ticket.getByLabel("其他问法（每行一个）").isVisible()).toBe(true);
    await publish.uncheck();
    expect(await c.ticket.getByLabel("其他问法（每行一个）").isVisible()).toBe(false);
    await screenshot(page, "staff-ticket-claimed");
    await c.ticket.getByRole("button", { name: "提交答复" }).click();
    await expect.poll(() => c.ticket.locator("#ticket-status").textContent()).toBe("状态：已答复");
    expect(await c.ticket.locator(".answer-text").textContent()).toContain("缺少发票原件");
    expect(await c.ticket.locator(".audit").textContent()).toMatch(/王 认领[\s\S]*王 答复/);
    await expect.poll(() => c.announcer.textContent()).toBe("已提交答复");

    const res = await fetch(`${env.server.url}/api/staff/tickets/${id}`, { headers: { authorization: `Bearer ${STAFF.token}` } });
    expect(await res.json()).toMatchObject({ status: "answered", answeredBy: "王", faqId: null });
    await screenshot(page, "staff-ticket-answered");
    await page.context().close();
  });

  it("shows a 409 conflict's message when someone else claimed the ticket first", async () => {
    const id = await createTicket(env.server.url, "帮我查一下我的社保缴费记录");
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page);
    await c.queue.locator(`button.ticket-item[data-id="${id}"]`).click();
    await c.ticket.getByRole("button", { name: "认领" }).waitFor();
    // Someone else (the same account from another desk) claims it first.
    await fetch(`${env.server.url}/api/staff/tickets/${id}/claim`, { method: "POST", headers: { authorization: `Bearer ${STAFF.token}` } });
    await c.ticket.getByRole("button", { name: "认领" }).click();
    await expect.poll(() => c.ticket.getByRole("alert").textContent()).toContain("不能执行该操作");
    await page.context().close();
  });

  it("draws the statistics as bars with numbers and the resolution rate as a percentage", async () => {
    await createTicket(env.server.url);
    const page = await openConsole(env.browser, env.server.url);
    const c = consoleParts(page);
    await signIn(page);
    const topics = c.stats.getByRole("table", { name: "按主题" });
    await topics.waitFor();
    expect(await topics.locator(".bar").count()).toBeGreaterThanOrEqual(1);
    expect(await topics.locator("tbody th").first().textContent()).toMatch(/\p{Script=Han}/u);
    expect(await topics.locator("td.num").first().textContent()).toMatch(/^\d+ 条$/);
    expect(await c.stats.getByRole("table", { name: /^按日期/ }).locator(".bar").count()).toBeGreaterThanOrEqual(1);
    expect(await c.stats.getByRole("img", { name: /^解决率：\d+(\.\d)?%$/ }).count()).toBe(1);
    await c.stats.scrollIntoViewIfNeeded();
    await screenshot(page, "staff-stats");
    await page.screenshot({ path: `${ARTIFACTS}staff-console-full.png`, fullPage: true });
    await page.context().close();
  });
});
