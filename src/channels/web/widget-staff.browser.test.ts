import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { answerAsStaff, startStaffServer } from "../staff-console/console-harness.js";
import { ask, describeBrowser, screenshot, serverAndBrowser, widget } from "./browser-harness.js";

/** The ticket number and 查询码 shown after 转人工. */
function ticketOf(text: string): { ticketId: string; secret: string } {
  const match = /工单号：(ZC\d{8}-[A-Z0-9]+)查询码：([A-Z0-9]+)$/.exec(text);
  if (!match) throw new Error(`no ticket in: ${text}`);
  return { ticketId: match[1]!, secret: match[2]! };
}

describeBrowser("web widget: 转人工 with consent, staff answers and 查询工单 in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  async function open(pollSeconds?: number): Promise<Page> {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" })).newPage();
    // A host page with a short polling interval (data-poll-seconds), on the server's origin.
    const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>某市政务网</title><main><h1>某市政务网</h1></main>
      <script src="/widget.js" data-poll-seconds="${pollSeconds}" defer></script>`;
    if (pollSeconds) await page.route("**/poll-test", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await page.goto(pollSeconds ? `${env.server.url}/poll-test` : env.server.url);
    await widget(page).launcher.click();
    return page;
  }

  /** 转人工 through its form; returns the ticket it opened. */
  async function handOff(page: Page, phone = ""): Promise<{ ticketId: string; secret: string }> {
    const w = widget(page);
    await w.button("转人工").click();
    await w.sheet.waitFor();
    if (phone) {
      await w.sheet.getByLabel("联系电话（选填）").fill(phone);
      await w.sheet.getByLabel("我同意工作人员通过这个电话联系我").check();
    }
    await w.sheet.getByRole("button", { name: "提交给工作人员" }).click();
    const box = page.locator("#zhice-widget .msg.notice .ticket").last();
    await box.waitFor();
    return ticketOf((await box.textContent()) ?? "");
  }

  it("转人工 asks first: the need prefilled with the last question, a phone only with consent", async () => {
    const page = await open();
    const w = widget(page);
    await ask(page, "专利保护期多长");
    let posted = 0;
    page.on("request", (r) => void (r.url().endsWith("/api/escalate") && posted++));
    await w.button("转人工").click();
    expect(await w.sheet.getByLabel("您需要咨询或办理的事情").inputValue()).toBe("专利保护期多长");
    expect(await w.sheet.getByLabel("您需要咨询或办理的事情").evaluate((n) => n === (n.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await w.sheet.getByLabel("联系电话（选填）").fill("13800001111");
    await w.sheet.getByRole("button", { name: "提交给工作人员" }).click();
    expect(await w.sheet.getByRole("alert").textContent()).toBe("留下联系电话时，请勾选同意工作人员联系您。");
    expect(posted).toBe(0);
    await screenshot(page, "handoff-form");
    await w.sheet.getByRole("button", { name: "取消" }).click();
    expect(await w.sheet.count()).toBe(0);
    expect(posted).toBe(0);

    const { ticketId, secret } = await handOff(page, "13800001111");
    expect(posted).toBe(1);
    expect(ticketId).toMatch(/^ZC\d{8}-/);
    expect(secret.length).toBeGreaterThan(8);
    await screenshot(page, "handoff-ticket");
    await page.context().close();
  });

  it("shows a staff answer as its own message after a reload, even after the ticket was read elsewhere", async () => {
    const page = await open();
    const w = widget(page);
    await w.input.fill("我想咨询社保转移的进度");
    const { ticketId } = await handOff(page);
    const sessionId = await page.evaluate(() => localStorage.getItem("zhice.sessionId"));
    expect(sessionId).toBeTruthy();
    await answerAsStaff(env.server.url, ticketId, "您的社保关系转移已受理，预计15个工作日内办结。");
    // Reading the ticket (which marks its answer delivered) must not hide it from the widget.
    expect((await (await fetch(`${env.server.url}/api/tickets/${ticketId}?sessionId=${sessionId}`)).json()).answer).toMatch(/已受理/);

    await page.reload();
    const staff = w.staff.first();
    await staff.waitFor();
    expect(await staff.locator(".staff-head").textContent()).toMatch(new RegExp(`^工作人员回复 · 工单 ${ticketId} · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$`));
    expect(await staff.textContent()).toContain("您的社保关系转移已受理，预计15个工作日内办结。");
    expect(await w.bots.count()).toBe(0); // not glued into an answer
    await screenshot(page, "staff-answer-after-reload");

    // Later visit: a new tab (empty sessionStorage), same browser.
    const again = await page.context().newPage();
    await again.goto(env.server.url);
    await expect.poll(() => widget(again).launcher.textContent()).toBe("政策咨询新回复"); // waiting while closed
    await screenshot(again, "launcher-unread");
    await widget(again).launcher.click();
    expect(await widget(again).launcher.textContent()).toBe("政策咨询");
    await widget(again).staff.first().waitFor();
    expect(await widget(again).staff.count()).toBe(1);
    await page.context().close();
  });

  it("polls while open, and keeps checking tickets after 清空对话", async () => {
    const page = await open(1);
    const w = widget(page);
    await w.input.fill("居住证办理进度怎么查");
    const first = await handOff(page);
    await w.button("清空对话").click();
    expect(await page.evaluate(() => localStorage.getItem("zhice.sessionId"))).toBeNull();
    await answerAsStaff(env.server.url, first.ticketId, "居住证已制证，请到派出所领取。");
    await w.staff.first().waitFor({ timeout: 10_000 });
    expect(await w.staff.first().textContent()).toContain("居住证已制证");
    await page.context().close();
  });

  it("查询工单 by number and 查询码 on another device, and this browser's own tickets in one tap", async () => {
    const page = await open();
    await widget(page).input.fill("营业执照变更需要多久");
    const { ticketId, secret } = await handOff(page);

    const other = await open(); // another device: no session, no stored tickets
    const w = widget(other);
    await w.button("查询工单").click();
    expect(await w.sheet.textContent()).toContain("这个浏览器里还没有您的工单。");
    await w.sheet.getByLabel("工单号").fill(ticketId);
    await w.sheet.getByLabel("查询码").fill("WRONGCODE");
    await w.sheet.getByRole("button", { name: "查询", exact: true }).click();
    await expect.poll(() => w.sheet.getByRole("alert").textContent()).toBe("没有找到这个工单，请核对工单号和查询码。");
    await w.sheet.getByLabel("查询码").fill(secret.toLowerCase());
    await w.sheet.getByRole("button", { name: "查询", exact: true }).click();
    const status = other.locator("#zhice-widget .msg.notice").last();
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^工单 ${ticketId}：待处理。工作人员答复后会显示在这里`));
    await screenshot(other, "lookup-pending");

    await answerAsStaff(env.server.url, ticketId, "一般3个工作日内办结。");
    await widget(page).button("查询工单").click();
    await widget(page).sheet.getByRole("button", { name: ticketId }).click();
    await widget(page).staff.first().waitFor();
    expect(await widget(page).staff.first().textContent()).toContain("一般3个工作日内办结。");
    await screenshot(page, "lookup-answered");
    await other.context().close();
    await page.context().close();
  });
});
