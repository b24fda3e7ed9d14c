import type http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { testAssistant } from "../../app/testing.js";
import { startStubModel, userText, type StubServer } from "../../llm/test-support.js";
import { createHttpApp } from "../http/app.js";
import { describeBrowser, serverAndBrowser, widget, type TestServer } from "./browser-harness.js";

let stub: StubServer;

/** The real app in LLM_MODE=answer against the loopback stub model, streaming on. */
async function streamingServer(): Promise<TestServer> {
  stub = await startStubModel();
  const { assistant } = await testAssistant({ LLM_MODE: "answer", LLM_BASE_URL: stub.baseUrl, LLM_MODEL: "qwen-stub", LLM_TIMEOUT_MS: "5000" });
  const app = createHttpApp({ assistant: () => assistant, streaming: true });
  const server = await new Promise<http.Server>((resolve, reject) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening)).on("error", reject);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await assistant.close();
      await stub.close();
    },
  };
}

/** The first sentence of S1's body, cited: a faithful model. */
function grounded(prompt: string): string {
  const section = /<section id="S1">\n([\s\S]*?)\n<\/section>/.exec(prompt)![1]!;
  const body = section.split("\n").filter((l) => !/^(标题|发布机关|文号|施行日期|废止或到期日期)：/.test(l)).join("");
  return `${body.split(/(?<=。)/)[0]!.replace(/。$/, "")}[S1]。`;
}

describeBrowser("web widget: streamed answers (LLM_MODE=answer)", () => {
  const env = serverAndBrowser(streamingServer);
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    page = await context.newPage();
    await page.goto(env.server.url);
  });
  afterEach(() => context.close());

  it("shows the draft as it is written, hidden from screen readers, then only the checked answer", async () => {
    let written = "";
    stub.reply = (request) => ({ text: (written = grounded(userText(request))), chunks: 6, chunkDelayMs: 250 });
    const w = widget(page);
    await w.launcher.click();
    await w.input.fill("在外省住院医保能直接结算吗");
    await w.input.press("Enter");
    const draft = page.locator("#zhice-widget .msg.draft");
    await draft.waitFor({ timeout: 20_000 });
    expect(await draft.getAttribute("aria-hidden")).toBe("true");
    expect(await w.bots.count()).toBe(0); // the answer is not there yet: only its draft
    const partial = (await draft.textContent()) ?? "";
    expect(written.replace("[S1]", "").startsWith(partial)).toBe(true);
    expect(partial).not.toContain("[S");
    const answer = w.bots.first();
    await answer.waitFor({ timeout: 20_000 });
    expect(await draft.count()).toBe(0);
    expect(await answer.locator(".answer p").textContent()).toBe(written.replace("[S1]", ""));
    expect(await w.log.getAttribute("aria-live")).toBe("polite");
  });

  it("replaces a rejected draft with the extractive answer", async () => {
    stub.reply = () => ({ text: "可以直接结算，报销比例为百分之九十九[S1]。", chunks: 4, chunkDelayMs: 150 });
    const w = widget(page);
    await w.launcher.click();
    await w.input.fill("在外省住院医保能直接结算吗");
    await w.input.press("Enter");
    const answer = w.bots.first();
    await answer.waitFor({ timeout: 20_000 });
    const text = (await answer.textContent()) ?? "";
    expect(text).not.toContain("九十九");
    expect(text).toMatch(/备案/);
  });
});
