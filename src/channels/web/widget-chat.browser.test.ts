import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ask, describeBrowser, focusedInWidget, screenshot, serverAndBrowser, widget } from "./browser-harness.js";

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

  it("says what it is before the first question: automated, for reference, 12345, privacy", async () => {
    const w = widget(page);
    await w.launcher.click();
    const welcome = page.locator("#zhice-widget .msg.welcome");
    expect(await welcome.textContent()).toMatch(/自动问答助手.*仅供参考.*12345.*请勿输入身份证号、银行卡号/s);
    expect(await welcome.locator(".privacy").textContent()).toMatch(/180天/);
    expect(await w.bots.count()).toBe(0);
  });

  it("answers with its cited source once (no 来源 line in the text), the whole section on demand, and survives a reload", async () => {
    const w = widget(page);
    await w.launcher.click();
    expect(await w.panel.isVisible()).toBe(true);

    const answer = await ask(page, "在外省住院医保能直接结算吗");
    const text = (await answer.locator(".answer p").textContent()) ?? "";
    expect(text).toMatch(/备案/);
    expect(text).not.toMatch(/来源[:：]/);
    const source = answer.locator("details").first();
    expect(await source.locator("summary").textContent()).toMatch(/跨省异地就医直接结算 · /);
    const snippet = (await source.locator("blockquote").textContent()) ?? "";
    await source.locator("summary").click();
    expect(await source.textContent()).toContain("医保发〔2022〕22号");
    await expect.poll(() => source.locator("blockquote").textContent()).not.toBe(snippet);
    const whole = (await source.locator("blockquote").textContent()) ?? "";
    expect(whole.length).toBeGreaterThan(snippet.length - 1);
    expect(whole).not.toMatch(/…$/);
    expect(await source.locator("dl").textContent()).toMatch(/施行日期\d{4}-\d{2}-\d{2}/);
    await screenshot(page, "chat-answer-with-citation");

    // 复制 keeps the 来源 line for pasting elsewhere.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
    await answer.getByRole("button", { name: "复制回答" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\n来源：.*医保发〔2022〕22号/);

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
    expect(await answer.locator(".answer p").textContent()).toBe('<img src=x onerror="window.__y=1">');
    await page.reload();
    await widget(page).bots.nth(1).waitFor();
    expect(await page.evaluate(() => [typeof Reflect.get(window, "__x"), typeof Reflect.get(window, "__y")])).toEqual(["undefined", "undefined"]);
    expect(await page.locator("#zhice-widget").locator("script, img").count()).toBe(0);
  });

  it("asks a suggestion when its chip is chosen, and moves focus to the new answer", async () => {
    await widget(page).launcher.click();
    const clarify = await ask(page, "医保");
    const chip = clarify.locator(".chips button").first();
    const question = (await chip.textContent()) ?? "";
    expect(question.length).toBeGreaterThan(2);
    await chip.focus();
    await page.keyboard.press("Enter");
    await widget(page).bots.nth(1).waitFor();
    expect(await widget(page).users.last().textContent()).toBe(question);
    expect(await focusedInWidget(page)).toBe("div.msg bot");
  });

  it("offers a canned reply's example questions as chips", async () => {
    await widget(page).launcher.click();
    const reply = await ask(page, "今天天气怎么样");
    const chips = await reply.locator(".chips button").allTextContents();
    expect(chips).toEqual(["在外省住院医保能直接结算吗", "创业担保贷款能贷多少"]);
    await reply.getByRole("button", { name: chips[1] }).click();
    await widget(page).bots.nth(1).waitFor();
    // Answered, or asked back whether for a person or a small business (分类施策).
    expect(await widget(page).bots.nth(1).textContent()).toMatch(/贷|小微企业/);
  });

  it("folds a long answer with 展开全文, draws icons as SVG, and keeps no personal numbers in storage", async () => {
    const w = widget(page);
    await w.launcher.click();
    const long = "这是一条很长的回答。".repeat(30);
    await page.route("**/api/chat", (route) =>
      route.fulfill({ json: { sessionId: "s", answerId: "a", status: "answered", answer: long, citations: [] } }),
    );
    const answer = await ask(page, "我身份证110101199003071234，手机13812345678，能办吗");
    const text = answer.locator(".answer p");
    const folded = await text.evaluate((n) => n.getBoundingClientRect().height);
    const more = answer.getByRole("button", { name: "展开全文" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await more.click();
    expect(await answer.getByRole("button", { name: "收起" }).getAttribute("aria-expanded")).toBe("true");
    expect(await text.evaluate((n) => n.getBoundingClientRect().height)).toBeGreaterThan(folded * 2);

    // Icons: inline SVG next to the button text, no emoji (they render as boxes without an emoji font).
    expect(await answer.getByRole("button", { name: "有帮助" }).locator("svg").count()).toBe(1);
    expect(await page.locator("#zhice-widget").evaluate((host) => /\p{Extended_Pictographic}/u.test(host.shadowRoot!.textContent ?? ""))).toBe(false);

    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
    expect(stored).toContain("110101********1234");
    expect(stored).not.toContain("110101199003071234");
    expect(stored).not.toContain("13812345678");
  });

  it("shows a citation's article, issuer, 文号, date and a 查看原文 link when it has a url", async () => {
    await widget(page).launcher.click();
    await page.route("**/api/chat", (route) =>
      route.fulfill({
        json: {
          sessionId: "s", answerId: "a", status: "answered", answer: "可以直接结算。\n来源：国家医保局《通知》（医保发〔2022〕22号）；跨省异地就医直接结算·直接结算",
          citations: [{ docId: "d", title: "跨省异地就医直接结算", section: "直接结算", issuer: "国家医保局", docNo: "医保发〔2022〕22号",
            basis: "第三条", effective: "2022-07-26", url: "https://www.nhsa.gov.cn/art/2022/7/26/art_104_8738.html", snippet: "参保人员…" }],
        },
      }),
    );
    const answer = await ask(page, "能直接结算吗");
    expect(await answer.locator(".answer p").textContent()).toBe("可以直接结算。");
    await answer.locator("summary").click();
    expect(await answer.locator("dl").textContent()).toBe("条款第三条发布机关国家医保局文号医保发〔2022〕22号施行日期2022-07-26");
    const link = answer.getByRole("link", { name: /查看原文/ });
    expect(await link.getAttribute("href")).toBe("https://www.nhsa.gov.cn/art/2022/7/26/art_104_8738.html");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
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

  it("sends 👍/👎 (👎 asks before a ticket) and copes when the endpoint fails", async () => {
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
    expect(bodies).toHaveLength(1); // nothing sent yet: 👎 asks first
    await answer.getByText("要把这个问题交给工作人员答复吗？").waitFor();
    expect(await focusedInWidget(page)).toBe("button.primary");
    await answer.getByRole("button", { name: "不用了" }).click();
    await answer.getByText("感谢您的反馈，我们会改进回答。").waitFor();
    expect(await answer.getByRole("button", { name: "没帮助" }).getAttribute("aria-pressed")).toBe("true");
    expect(bodies[1]).toMatchObject({ answerId: expect.any(String), sessionId: expect.any(String), helpful: false, handoff: false });
    await page.unroute("**/api/feedback");

    // With consent the real server opens a ticket, and the widget shows its number and 查询码.
    const second = await ask(page, "个人养老金每年能存多少");
    await second.getByRole("button", { name: "没帮助" }).click();
    await second.getByRole("button", { name: "交给工作人员" }).click();
    const ticket = second.locator(".ticket");
    await ticket.waitFor();
    const shown = (await ticket.textContent()) ?? "";
    expect(shown).toMatch(/^工单号：ZC\d{8}-[A-Z0-9]+查询码：[A-Z0-9]{16}$/);
    expect(await second.textContent()).toContain("查询工单");
    await screenshot(page, "chat-feedback-escalate");
    await page.reload();
    await widget(page).bots.nth(1).waitFor();
    // After a reload the ticket stays right below the answer it came from.
    expect(await page.locator("#zhice-widget .msg.bot + .msg.notice .ticket").textContent()).toBe(shown);
  });
});
