import { afterAll, beforeAll, expect } from "vitest";
import type { Assistant } from "../app/create-assistant.js";
import { testAssistant } from "../app/testing.js";

/**
 * For content tests that ask colloquial questions through the real answer pipeline: one test assistant for the
 * file (started before its tests, closed after), each question in a session of its own.
 */
export function pipelineFacts(sessionPrefix: string) {
  let assistant: Assistant;
  let turn = 0;
  beforeAll(async () => {
    ({ assistant } = await testAssistant());
  });
  afterAll(() => assistant.close());
  const ask = (message: string) => assistant.answer({ message, sessionId: `${sessionPrefix}-${(turn += 1)}`, channel: "web" });
  /** Asks, and expects an answer whose first citation is the document named. */
  async function answeredFrom(question: string, docId: string) {
    const response = await ask(question);
    expect(response.status, question).toBe("answered");
    expect(response.citations[0]?.docId, question).toBe(docId);
    return response;
  }
  return { answeredFrom };
}
