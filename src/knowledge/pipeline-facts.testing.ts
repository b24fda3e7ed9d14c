import { afterAll, beforeAll, expect } from "vitest";
import type { ChatResponse, Citation } from "../answer/index.js";
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
  /** Asks, and expects an answer from the document named (its section is cited after any quoted official article). */
  async function answeredFrom(question: string, docId: string) {
    const response = await ask(question);
    expect(response.status, question).toBe("answered");
    expect(answeringCitation(response)?.docId, question).toBe(docId);
    return response;
  }
  return { answeredFrom };
}

/** The citation of the section that answered: the first that is not a quoted official article. */
export function answeringCitation(response: ChatResponse): Citation | undefined {
  return response.citations.find((c) => !c.quote);
}
