import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { startStubModel, userText, type StubServer } from "../../llm/test-support.js";
import { createHttpApp } from "./app.js";

let stub: StubServer;
let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;
let server: Server;
let base: string;

/** The S1 section's first body sentence, cited: what a faithful model writes. */
function grounded(prompt: string): string {
  const section = /<section id="S1">\n([\s\S]*?)\n<\/section>/.exec(prompt)![1]!;
  const body = section.split("\n").filter((l) => !/^(标题|发布机关|文号|施行日期|废止或到期日期)：/.test(l)).join("");
  return `${body.split(/(?<=。)/)[0]!.replace(/。$/, "")}[S1]。`;
}

interface Event {
  event: string;
  data: Record<string, unknown>;
  at: number;
}

/** POSTs to the stream endpoint over a real socket and notes when each event arrives. */
async function stream(message: string): Promise<{ status: number; type: string | null; encoding: string | null; events: Event[] }> {
  const res = await fetch(`${base}/api/chat/stream`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "gzip" },
    body: JSON.stringify({ message, channel: "web" }),
  });
  const events: Event[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of res.body!) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      events.push({ event: /^event: (\w+)/m.exec(block)![1]!, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!), at: Date.now() });
    }
  }
  return { status: res.status, type: res.headers.get("content-type"), encoding: res.headers.get("content-encoding"), events };
}

beforeAll(async () => {
  stub = await startStubModel();
  ({ assistant } = await testAssistant({ LLM_MODE: "answer", LLM_BASE_URL: stub.baseUrl, LLM_MODEL: "qwen-stub", LLM_TIMEOUT_MS: "3000" }));
  app = createHttpApp({ assistant: () => assistant, streaming: true });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await assistant.close();
  await stub.close();
});

describe("POST /api/chat/stream (LLM_MODE=answer)", () => {
  it("streams the answer as it is written, then the checked answer as the final event", async () => {
    stub.reply = (req) => ({ text: grounded(userText(req)), chunks: 5, chunkDelayMs: 80 });
    const { status, type, encoding, events } = await stream("在外省住院医保能直接结算吗");
    expect([status, type, encoding]).toEqual([200, "text/event-stream; charset=utf-8", null]);
    const drafts = events.filter((e) => e.event === "draft");
    const final = events.at(-1)!;
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(final.event).toBe("answer");
    expect(final.at - drafts[0]!.at).toBeGreaterThan(150); // the first piece came before the model finished
    const written = drafts.map((d) => d.data.text).join("");
    expect(final.data).toMatchObject({ status: "answered", answer: expect.stringContaining(written.replace("[S1]", "")) });
    expect(final.data.sessionId).toMatch(/^s[A-Za-z0-9_-]{44}$/);
  });

  it("replaces a rejected draft with the extractive answer in the final event", async () => {
    stub.reply = () => ({ text: "可以直接结算，报销比例为百分之九十九[S1]。", chunks: 3 });
    const { events } = await stream("在外省住院医保能直接结算吗");
    expect(events.filter((e) => e.event === "draft").map((e) => e.data.text).join("")).toContain("九十九");
    const final = events.at(-1)!;
    expect(final.event).toBe("answer");
    expect(String(final.data.answer)).not.toContain("九十九");
    expect(String(final.data.answer)).toContain("来源：");
  });

  it("validates like /api/chat, and /api/chat keeps its JSON contract", async () => {
    const bad = await request(app).post("/api/chat/stream").send({ message: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
    stub.reply = (req) => ({ text: grounded(userText(req)) });
    const res = await request(app).post("/api/chat").send({ message: "在外省住院医保能直接结算吗", channel: "web" });
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ status: "answered", answer: expect.stringContaining(grounded(userText(stub.requests.at(-1)!)).replace("[S1]", "")) });
    expect(Object.keys(res.body).sort()).toEqual(["answer", "answerId", "citations", "confidence", "sessionId", "status", "suggestions", "topic"]);
  });

  it("answers cross-origin requests from the widget", async () => {
    const res = await request(app).options("/api/chat/stream").set("Origin", "https://www.example.gov.cn");
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
  });
});
