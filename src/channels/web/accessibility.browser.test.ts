import { expect, it } from "vitest";
import { answerAsStaff, openConsole, signIn, startStaffServer } from "../staff-console/console-harness.js";
import { axeViolations } from "./axe.js";
import { ask, describeBrowser, serverAndBrowser, widget } from "./browser-harness.js";

describeBrowser("axe-core finds no WCAG 2.2 AA violations in Chromium", () => {
  const env = serverAndBrowser(startStaffServer);

  it("in the widget: welcome, answers with citations, forms, staff answer, 大字版", async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" })).newPage();
    await page.goto(env.server.url);
    const w = widget(page);
    expect(await axeViolations(page)).toEqual([]); // closed: the launcher on the demo page
    await w.launcher.click();
    const answer = await ask(page, "在外省住院医保能直接结算吗");
    await answer.locator("summary").first().click();
    await ask(page, "医保"); // clarify, with chips
    await ask(page, "今天天气怎么样"); // out of scope, example chips
    expect(await axeViolations(page)).toEqual([]);

    await w.button("转人工").click();
    expect(await axeViolations(page)).toEqual([]);
    await w.sheet.getByRole("button", { name: "提交给工作人员" }).click();
    const box = page.locator("#zhice-widget .msg.notice .ticket").last();
    await box.waitFor();
    const ticketId = /ZC\d{8}-[A-Z0-9]+/.exec((await box.textContent()) ?? "")![0];
    await answerAsStaff(env.server.url, ticketId, "已转交医保经办机构核实。");
    await page.reload();
    await w.staff.first().waitFor();
    await w.button("查询工单").click();
    expect(await axeViolations(page)).toEqual([]);

    await w.button("大字版").click();
    await w.bots.first().getByRole("button", { name: "没帮助" }).click();
    expect(await axeViolations(page)).toEqual([]);

    // The check does look inside the widget's shadow root: a nameless button there is reported.
    await page.evaluate(() => document.getElementById("zhice-widget")!.shadowRoot!.querySelector(".log")!.append(document.createElement("button")));
    expect((await axeViolations(page)).map((v) => v.id)).toContain("button-name");
    await page.context().close();
  });

  it("in the staff console: sign-in, search results and the queue", async () => {
    const page = await openConsole(env.browser, env.server.url, { width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page);
    await page.getByLabel("检索政策（边输入边显示结果）").fill("外省住院结算");
    await page.getByRole("list", { name: "检索结果" }).locator(".result").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
