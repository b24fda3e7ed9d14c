import { describe, expect, it } from "vitest";
import { MESSAGES, createStaffApi, errorMessage } from "./api.js";

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(status: number, body: unknown, calls: Call[] = []) {
  return async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

describe("staff API client", () => {
  it("sends the Bearer token and builds query strings without empty filters", async () => {
    const calls: Call[] = [];
    const api = createStaffApi({ base: "http://x", token: () => "tok-1234567890abcdef", fetch: fakeFetch(200, { tickets: [], total: 0, page: 2, pageSize: 10 }, calls) });
    const result = await api.tickets({ status: "open", topic: "", channel: undefined, page: 2, pageSize: 10 });
    expect(result.ok).toBe(true);
    expect(calls[0]!.url).toBe("http://x/api/staff/tickets?status=open&page=2&pageSize=10");
    expect((calls[0]!.init!.headers as Record<string, string>).authorization).toBe("Bearer tok-1234567890abcdef");
    await api.search("外省 住院&结算", 5);
    expect(calls[1]!.url).toBe("http://x/api/search?q=%E5%A4%96%E7%9C%81+%E4%BD%8F%E9%99%A2%26%E7%BB%93%E7%AE%97&k=5");
  });

  it("checks a token given to me() rather than the stored one, and escapes ticket ids", async () => {
    const calls: Call[] = [];
    const api = createStaffApi({ base: "", token: () => null, fetch: fakeFetch(200, { name: "王" }, calls) });
    expect(await api.me("typed-token")).toEqual({ ok: true, value: { name: "王" } });
    expect((calls[0]!.init!.headers as Record<string, string>).authorization).toBe("Bearer typed-token");
    await api.act("a/b", "claim");
    expect(calls[1]).toMatchObject({ url: "/api/staff/tickets/a%2Fb/claim", init: { method: "POST" } });
  });

  it("says 令牌错误 for 401 and passes on the server's 503 and 409 messages", async () => {
    const api = (status: number, body: unknown) => createStaffApi({ base: "", token: () => "t", fetch: fakeFetch(status, body) });
    const unauthorized = await api(401, { error: { code: "unauthorized", message: "请先登录" } }).me("bad");
    expect(unauthorized).toEqual({ ok: false, status: 401, message: MESSAGES.unauthorized });
    expect(MESSAGES.unauthorized).toContain("令牌错误");
    const disabled = await api(503, { error: { message: "工作人员接口未启用：请在环境变量 STAFF_TOKENS 中配置" } }).me("x");
    expect(disabled).toMatchObject({ ok: false, status: 503, message: expect.stringContaining("STAFF_TOKENS") });
    const conflict = await api(409, { error: { message: "工单当前状态为“claimed”（李 处理中）" } }).act("T1", "claim");
    expect(conflict).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("李 处理中") });
    expect(errorMessage(503, null)).toBe("工作人员接口未启用。");
    expect(errorMessage(500, "oops")).toBe(MESSAGES.http(500));
  });

  it("never throws: a network failure becomes a message", async () => {
    const api = createStaffApi({ base: "", token: () => "t", fetch: async () => { throw new TypeError("Failed to fetch"); } });
    expect(await api.stats()).toEqual({ ok: false, status: 0, message: MESSAGES.network });
  });
});
