import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ask, describeBrowser, screenshot, serverAndBrowser, widget } from "./browser-harness.js";

describeBrowser("web widget: conversation in Chromium", () => {
  const env = serverAndBrowser();
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    page = await context.newPage();
    await page.goto(env.server.url);
  });
  afterEach(() => context.close());

  it("answers with its cited source, shows ticket numbers, and survives a reload", async () => {
    const w = widget(page);
    await w.launcher.click();
    expect(await w.panel.isVisible()).toBe(true);

    const answer = await ask(page, "在外省住院医保能直接结算吗");
    expect(await answer.locator("p").textContent()).toMatch(/备案/);
    const source = answer.locator("details").first();
    expect(await source.locator("summary").textContent()).toMatch(/跨省异地就医直接结算 · /);
    await source.locator("summary").click();
    expect(await source.textContent()).toContain("医保发〔2022〕22号");
    expect(await source.locator("blockquote").isVisible()).toBe(true);
    await screenshot(page, "chat-answer-with-citation");

    const escalated = await ask(page, "我的医保报销单为什么被退回了");
    const ticket = (await escalated.locator(".ticket").textContent()) ?? "";
    expect(ticket).toMatch(/^工单号：ZC\d{8}-[A-Z0-9]+$/);
    await screenshot(page, "chat-ticket");

    await page.reload();
    await w.bots.nth(1).waitFor();
    expect(await w.panel.isVisible()).toBe(true);
    expect(await w.users.allTextContents()).toEqual(["在外省住院医保能直接结算吗", "我的医保报销单为什么被退回了"]);
    expect(await w.bots.nth(0).textContent()).toContain("医保发〔2022〕22号");
    expect(await w.bots.nth(1).locator(".ticket").textContent()).toBe(ticket);
  });

  it("shows markup typed by the user or found in an answer as text", async () => {
    await widget(page).launcher.click();
    const typed = "<script>window.__x=1</script>";
    await ask(page, typed);
    expect(await widget(page).users.last().textContent()).toBe(typed);
    await page.route("**/api/chat", (route) =>
      route.fulfill({ json: { sessionId: "s", answerId: "a", status: "answered", answer: '<img src=x onerror="window.__y=1">', citations: [] } }),
    );
    const answer = await ask(page, "再问一次");
    expect(await answer.locator("p").textContent()).toBe('<img src=x onerror="window.__y=1">');
    await page.reload();
    await widget(page).bots.nth(1).waitFor();
    expect(await page.evaluate(() => [typeof Reflect.get(window, "__x"), typeof Reflect.get(window, "__y")])).toEqual(["undefined", "undefined"]);
    expect(await page.locator("#zhice-widget").locator("script, img").count()).toBe(0);
  });

  it("asks a suggestion when its chip is clicked", async () => {
    await widget(page).launcher.click();
    const clarify = await ask(page, "医保");
    const chip = clarify.locator(".chips button").first();
    const question = (await chip.textContent()) ?? "";
    expect(question.length).toBeGreaterThan(2);
    await chip.click();
    await widget(page).bots.nth(1).waitFor();
    expect(await widget(page).users.last().textContent()).toBe(question);
  });

  it("shows the server's error, or a network notice, and keeps the typed question", async () => {
    const w = widget(page);
    await w.launcher.click();
    await page.route("**/api/chat", (route) =>
      route.fulfill({ status: 503, json: { error: { code: "not_ready", message: "政策知识库正在加载，请稍后再试。" } } }),
    );
    await w.input.fill("社保卡怎么办理");
    await w.input.press("Enter");
    await w.errors.first().waitFor();
    expect(await w.errors.first().textContent()).toBe("政策知识库正在加载，请稍后再试。");
    expect(await w.input.inputValue()).toBe("社保卡怎么办理");
    expect(await w.users.count()).toBe(0);

    await page.unroute("**/api/chat");
    await page.route("**/api/chat", (route) => route.abort("internetdisconnected"));
    await w.input.press("Enter");
    await w.errors.nth(1).waitFor();
    expect(await w.errors.nth(1).textContent()).toMatch(/网络连接失败/);
    expect(await w.input.inputValue()).toBe("社保卡怎么办理");
    await screenshot(page, "chat-errors");
  });

  it("sends 👍/👎 and 转人工, and copes when those endpoints fail", async () => {
    const w = widget(page);
    await w.launcher.click();
    const answer = await ask(page, "专利保护期多长");
    const bodies: unknown[] = [];
    let feedbackStatus = 404;
    await page.route("**/api/feedback", (route) => {
      bodies.push(route.request().postDataJSON());
      return route.fulfill({ status: feedbackStatus, json: feedbackStatus === 200 ? { ok: true } : { error: { message: "x" } } });
    });
    await answer.getByRole("button", { name: "有帮助" }).click();
    await answer.getByText("反馈暂时无法提交，请稍后再试。").waitFor();
    expect(await answer.getByRole("button", { name: "有帮助" }).getAttribute("aria-pressed")).toBe("false");
    feedbackStatus = 200;
    await answer.getByRole("button", { name: "没帮助" }).click();
    await answer.getByText("感谢您的反馈！").waitFor();
    expect(await answer.getByRole("button", { name: "没帮助" }).getAttribute("aria-pressed")).toBe("true");
    expect(bodies[1]).toMatchObject({ answerId: expect.any(String), sessionId: expect.any(String), helpful: false });

    await page.route("**/api/escalate", (route) => route.fulfill({ status: 500, body: "oops" }));
    await w.button("转人工").click();
    await w.errors.first().waitFor();
    expect(await w.errors.first().textContent()).toMatch(/转人工服务暂时不可用/);
    await page.unroute("**/api/escalate");
    let escalateBody: unknown;
    await page.route("**/api/escalate", (route) => {
      escalateBody = route.request().postDataJSON();
      return route.fulfill({ json: { ticketId: "ZC20990101-TEST", message: "已为您转人工，工作人员会尽快联系您。" } });
    });
    await w.button("转人工").click();
    const ticket = page.locator("#zhice-widget").locator(".msg.notice .ticket");
    await ticket.waitFor();
    expect(await ticket.textContent()).toBe("工单号：ZC20990101-TEST");
    expect(escalateBody).toMatchObject({ message: "专利保护期多长", sessionId: expect.any(String) });
    await screenshot(page, "chat-feedback-escalate");
  });
});
