import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../app/create-assistant.js";
import { testAssistant } from "../app/testing.js";

let assistant: Assistant;
let turn = 0;
const ask = (message: string) => assistant.answer({ message, sessionId: `v${(turn += 1)}`, channel: "api" });

beforeAll(async () => {
  ({ assistant } = await testAssistant());
});
afterAll(() => assistant.close());

describe("answers on the bundled knowledge", () => {
  it("says that 稳岗返还 ended on 2025-12-31 before giving the old rule", async () => {
    const response = await ask("稳岗返还大企业和中小微企业分别返多少比例");
    expect(response.status).toBe("answered");
    expect(response.citations[0]?.docId).toBe("financing-job-stabilization-refund");
    expect(response.answer.startsWith(assistant.replies.render("validity_ended", { old: "失业保险稳岗返还", date: "2025-12-31" }))).toBe(true);
    expect(response.confidence).toBeLessThanOrEqual(0.5);
  });

  it("cites the official url and the article a section rests on", async () => {
    const response = await ask("企业年报每年什么时候报");
    expect(response.status).toBe("answered");
    expect(response.citations[0]).toMatchObject({
      docId: "enterprise-annual-report",
      url: "https://xzfg.moj.gov.cn/front/law/detail?LawID=1718",
      basis: "第八条、第十二条",
    });
  });
});
