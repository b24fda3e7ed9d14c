/**
 * Shared set-up for the widget's browser tests: the real HTTP app with the real assistant on an
 * ephemeral 127.0.0.1 port, headless Debian Chromium through playwright-core, and widget locators.
 * Without Chromium the suites skip with a message — except under CI=true, where they fail loudly.
 */
import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp, type HttpAppOptions } from "../http/app.js";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts/", import.meta.url));
const IN_CI = process.env.CI === "true" || process.env.CI === "1";
const AVAILABLE = fs.existsSync(CHROMIUM);

if (!AVAILABLE && IN_CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (CI is set): apt-get install -y chromium fonts-noto-cjk`);
}

/** describe() when Chromium is installed, else a skipped suite with a clear message. */
export function describeBrowser(name: string, body: () => void): void {
  if (AVAILABLE) {
    describe(name, body);
    return;
  }
  console.warn(`Skipping browser tests "${name}": no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or install it).`);
  describe.skip(name, body);
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * createHttpApp with the real assistant from testAssistant(), listening on 127.0.0.1:<ephemeral>;
 * `options` adds app options (the staff console's tests pass staffAccounts).
 */
export async function startServer(options: Omit<HttpAppOptions, "assistant"> = {}): Promise<TestServer> {
  const { assistant } = await testAssistant();
  const app = createHttpApp({ assistant: () => assistant, ...options });
  const server = await new Promise<http.Server>((resolve, reject) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening)).on("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await assistant.close();
    },
  };
}

/**
 * Starts a test server and Chromium before the suite and closes both after it; the returned
 * object holds them once the suite runs.
 */
export function serverAndBrowser(start: () => Promise<TestServer> = () => startServer()): { server: TestServer; browser: Browser } {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([start(), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export function launchChromium(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Locators inside the widget's (open) shadow root; Playwright's CSS engine pierces it. */
export function widget(page: Page) {
  const host = page.locator("#zhice-widget");
  return {
    launcher: host.locator(".launcher"),
    panel: host.locator("[role=dialog]"),
    log: host.locator("[role=log]"),
    input: host.locator("textarea"),
    bots: host.locator(".msg.bot"),
    staff: host.locator(".msg.staff"),
    sheet: host.locator("form.sheet"),
    users: host.locator(".msg.user"),
    errors: host.locator(".msg.error"),
    button: (name: string | RegExp) => host.getByRole("button", { name }),
  };
}

/** Types a question, presses Enter and returns the answer's message once it is shown. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const w = widget(page);
  const before = await w.bots.count();
  await w.input.fill(question);
  await w.input.press("Enter");
  const answer = w.bots.nth(before);
  await answer.waitFor({ timeout: 20_000 });
  return answer;
}

/** The class list of the element focused inside the widget, or null when focus is elsewhere. */
export function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.getElementById("zhice-widget")?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : null;
  });
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}
