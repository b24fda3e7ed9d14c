import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatModel } from "./chat-model.js";
import { isTimeout, languageModel } from "./client.js";
import { startStubModel, systemText, userText, type StubServer } from "./test-support.js";

let stub: StubServer;
beforeAll(async () => (stub = await startStubModel()));
afterAll(() => stub.close());

const modelAt = (timeoutMs: number) => languageModel(createChatModel({ mode: "answer", baseUrl: stub.baseUrl, model: "qwen-stub", apiKey: undefined, timeoutMs }));

describe("the language model client (ChatOpenAI on an OpenAI-compatible server)", () => {
  it("sends the system and user messages and returns the reply", async () => {
    stub.reply = () => ({ text: "好的[S1]" });
    const text = await modelAt(2000).complete({ system: "规则", user: "问题" }, { timeoutMs: 2000 });
    expect(text).toBe("好的[S1]");
    const last = stub.requests.at(-1)!;
    expect([last.model, systemText(last), userText(last), last.stream]).toEqual(["qwen-stub", "规则", "问题", false]);
  });

  it("streams the reply in pieces when asked", async () => {
    stub.reply = () => ({ text: "异地就医需要先备案[S1]。", chunks: 5 });
    const pieces: string[] = [];
    const text = await modelAt(2000).complete({ system: "规则", user: "问题" }, { timeoutMs: 2000, onChunk: (p) => pieces.push(p) });
    expect(text).toBe("异地就医需要先备案[S1]。");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(text);
    expect(stub.requests.at(-1)!.stream).toBe(true);
  });

  it("gives up at the deadline, and reports a server error as an error", async () => {
    stub.reply = () => ({ text: "太晚了", delayMs: 3000 });
    const started = Date.now();
    const late = await modelAt(300).complete({ system: "规则", user: "问题" }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(isTimeout(late)).toBe(true);
    expect(Date.now() - started).toBeLessThan(300 + 200);
    stub.reply = () => ({ text: "", status: 500 });
    const failed = await modelAt(2000).complete({ system: "规则", user: "问题" }, { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(isTimeout(failed)).toBe(false);
  });
});
