import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, testAssistant } from "../app/testing.js";
import type { Assistant } from "../app/create-assistant.js";

/**
 * An article a question reaches through the law's structure rather than its own words: the one sanctioning the duty
 * the question describes (违反本条例第三十二条规定…). Real imported texts, beside a curated document on a near subject.
 */
function knowledge(): string {
  const dir = tempDir();
  for (const [topic, file] of [
    ["ip", "knowledge/official/ip/ip-zhuan-li-fa.md"],
    ["ip", "knowledge/official/ip/ip-zhuan-li-fa-shi-shi-xi-ze.md"],
    ["ip", "knowledge/ip/ip-patent-fees-deadlines.md"],
    ["social-security", "knowledge/official/social-security/social-security-rlzysczxtl.md"],
  ] as const) {
    fs.mkdirSync(path.join(dir, topic), { recursive: true });
    fs.copyFileSync(file, path.join(dir, topic, path.basename(file)));
  }
  return dir;
}

describe("articles reached through the law's structure", () => {
  let assistant: Assistant;
  const ask = (message: string) => assistant.answer({ message, sessionId: `reach-${message}`, channel: "api" });
  beforeAll(async () => {
    assistant = (await testAssistant({ KNOWLEDGE_DIRS: knowledge(), LEXICON_DIR: "knowledge/lexicon" })).assistant;
  });
  afterAll(async () => {
    await assistant?.close();
  });

  it("answers what breaking a duty costs from the article that sanctions it by number (违反本条例第三十二条规定…罚款)", async () => {
    const reply = await ask("职业中介门店不把收费标准挂出来，被人社局查到会怎么罚");
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]).toMatchObject({ docId: "social-security-rlzysczxtl", section: "第四十四条" });
    expect(reply.answer).toContain("罚款");
  });

  it("ranks the duty's own article first for a question about the duty, not its sanction", async () => {
    const [top] = await assistant.retriever.search(assistant.prepare("人力资源服务机构要在服务场所明示哪些事项"), 3);
    expect(top!.passage).toMatchObject({ docId: "social-security-rlzysczxtl", heading: "第三十二条" });
  });
});
