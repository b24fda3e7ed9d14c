import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createRateLimiter, DEFAULT_LIMITS, memoryRateLimitStore, parseLimits } from "../../security/index.js";
import { createHttpApp, type HttpAppOptions } from "./app.js";

// Defect 1 (issue 12): one client filed 10,000 tickets in 57 s through /api/escalate, identical
// messages were not deduplicated, and 300 guesses of a ticket secret met no limit.
let assistant: Assistant;
beforeAll(async () => void ({ assistant } = await testAssistant({ TICKETS_PER_DAY: "5" })));
afterAll(() => assistant.close());

const limitedApp = (options: Partial<HttpAppOptions> = {}) => {
  const store = memoryRateLimitStore();
  return createHttpApp({ assistant: () => assistant, log: () => {}, rateLimiter: createRateLimiter(DEFAULT_LIMITS, () => store), ...options });
};

describe("rate limits", () => {
  it("stops a flood of 转人工 requests from one address with 429, a Chinese message and Retry-After", async () => {
    const app = limitedApp();
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let i = 0; i < 60; i += 1) {
      const res = await request(app).post("/api/escalate").send({ message: `我要找人工 ${i}` });
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(DEFAULT_LIMITS.escalate.perAddress);
    expect(refused!.body.error).toMatchObject({ code: "rate_limited" });
    expect(refused!.body.error.message).toMatch(/太频繁/);
    expect(Number(refused!.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused!.headers["retry-after"])).toBeLessThanOrEqual(60);
  });

  it("limits one session, and caps its tickets per day; the same question again reuses its open ticket", async () => {
    const app = limitedApp();
    const first = await request(app).post("/api/escalate").send({ message: "我的医保卡丢了怎么办" });
    const session = first.body.sessionId;
    const same = await request(app).post("/api/escalate").send({ sessionId: session, message: "我的医保卡丢了怎么办" });
    expect(same.body.ticketId).toBe(first.body.ticketId);
    const ids = new Set<string>([first.body.ticketId]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await request(app).post("/api/escalate").send({ sessionId: session, message: `另一个问题 ${i}` });
      statuses.push(res.status);
      if (res.status === 200) ids.add(res.body.ticketId);
    }
    expect(ids.size).toBeLessThanOrEqual(5); // TICKETS_PER_DAY
    expect(statuses).toContain(429);
  });

  it("limits guesses of one ticket's secret, from any number of addresses", async () => {
    const app = limitedApp({ trustProxy: true });
    const { body } = await request(app).post("/api/escalate").send({ message: "查询一下我的工单" });
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request(app).get(`/api/tickets/${body.ticketId}`).set("X-Forwarded-For", `10.0.${i}.1`).query({ secret: `WRONG${i}`.padEnd(16, "2") }),
      ),
    );
    expect(guesses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(40 - DEFAULT_LIMITS.lookup.perSession);
    expect(guesses.every((r) => r.status === 404 || r.status === 429)).toBe(true);
  });

  it("takes the client address from X-Forwarded-For only behind a trusted proxy", async () => {
    const flood = async (app: ReturnType<typeof limitedApp>) => {
      let refused = 0;
      for (let i = 0; i < DEFAULT_LIMITS.escalate.perAddress + 5; i += 1) {
        const res = await request(app).post("/api/escalate").set("X-Forwarded-For", `192.0.2.${i}`).send({ message: `问题 ${i}` });
        if (res.status === 429) refused += 1;
      }
      return refused;
    };
    expect(await flood(limitedApp())).toBe(5); // a spoofed header changes nothing
    expect(await flood(limitedApp({ trustProxy: "loopback" }))).toBe(0); // the proxy's word counts
  });

  it("RATE_LIMITS=off turns every limit off; overrides change single limits", async () => {
    expect(parseLimits("off")).toBeNull();
    expect(parseLimits("chat=5/2,escalate=1")).toMatchObject({ chat: { perAddress: 5, perSession: 2 }, escalate: { perAddress: 1, perSession: 5 } });
    expect(() => parseLimits("nope=1")).toThrow(/nope/);
    const open = createHttpApp({ assistant: () => assistant, log: () => {}, rateLimiter: createRateLimiter(null, () => memoryRateLimitStore()) });
    for (let i = 0; i < 30; i += 1) expect((await request(open).get("/api/search").query({ q: "医保" })).status).toBe(200);
  });
});
