/**
 * Test helpers for the staff console's browser tests, on top of the widget's browser harness
 * (src/channels/web/browser-harness.ts: server, Chromium, screenshots), which they reuse.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startServer, type TestServer } from "../web/browser-harness.js";

export const STAFF = { name: "王", token: "wang-token-0123456789" } as const;

/** The real app with the real assistant and one staff account (王). */
export function startStaffServer(): Promise<TestServer> {
  return startServer({ staffAccounts: [STAFF] });
}

/** A new page on /staff with the clipboard allowed (for 复制答复). */
export async function openConsole(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport, locale: "zh-CN" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  await page.goto(`${url}/staff`);
  await page.locator("#token-input").waitFor();
  return page;
}

/** Types the token into the sign-in form and waits for the console (or the error). */
export async function signIn(page: Page, token: string = STAFF.token): Promise<void> {
  await page.getByLabel("工作人员令牌").fill(token);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  if (token === STAFF.token) await page.locator("#search-input").waitFor();
}

/** Locators for the console's parts, by role and label where there is one. */
export function consoleParts(page: Page) {
  return {
    signInError: page.locator("#signin-error"),
    search: page.getByLabel("检索政策（边输入边显示结果）"),
    results: page.getByRole("list", { name: "检索结果" }).locator(".result"),
    announcer: page.locator("#announcer"),
    queue: page.getByRole("region", { name: "工单队列" }),
    ticket: page.getByRole("region", { name: /^工单详情/ }),
    stats: page.getByRole("region", { name: "统计" }),
    user: page.locator("header .user"),
    button: (name: string | RegExp) => page.getByRole("button", { name }),
  };
}

/** POST /api/chat with a question only staff can answer; returns the ticket id it created. */
export async function createTicket(url: string, message = "我的医保报销单为什么被退回了"): Promise<string> {
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message, channel: "web" }),
  });
  const body = (await res.json()) as { status: string; ticketId?: string };
  if (body.status !== "escalated" || !body.ticketId) throw new Error(`expected an escalated answer with a ticket, got ${JSON.stringify(body)}`);
  return body.ticketId;
}

/** Claims and answers a ticket through the staff API, as 王 would in the console. */
export async function answerAsStaff(url: string, ticketId: string, answer: string): Promise<void> {
  const headers = { authorization: `Bearer ${STAFF.token}`, "content-type": "application/json" };
  const base = `${url}/api/staff/tickets/${encodeURIComponent(ticketId)}`;
  for (const [path, body] of [["claim", {}], ["answer", { answer }]] as const) {
    const res = await fetch(`${base}/${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`staff ${path} of ${ticketId} failed: ${res.status} ${await res.text()}`);
  }
}
