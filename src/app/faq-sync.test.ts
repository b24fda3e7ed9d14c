import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFaqFeed } from "../feedback/faq-feed.js";
import { freshPostgresSchema } from "../feedback/postgres-testing.js";
import { silentLogger } from "../ops/logger.js";
import { createAssistant, type Assistant } from "./create-assistant.js";
import { startFaqSync, type FaqSync } from "./faq-sync.js";
import { createPorts, type AppPorts } from "./ports.js";
import { readyDataDir, tempDir, testConfig } from "./testing.js";

const databaseUrl = await freshPostgresSchema();
const dataDir = readyDataDir(); // one index (the run's prebuilt one, else built by the first instance), loaded by the others
const running: { assistant: Assistant; sync: FaqSync }[] = [];

/** One server instance as server.ts wires it: its own knowledge folder, the shared database. */
async function startInstance(): Promise<{ ports: AppPorts; assistant: Assistant; knowledgeDir: string }> {
  const knowledgeDir = tempDir();
  fs.cpSync("knowledge", knowledgeDir, { recursive: true });
  const assistant = await createAssistant(testConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, DATABASE_URL: databaseUrl! }));
  let sync: FaqSync | null = null;
  const ports = createPorts(assistant, { announceFaq: (doc) => sync!.announce(doc) });
  // Polling only every minute: within the test, only NOTIFY (or the read at start) can bring a FAQ.
  sync = await startFaqSync({ feed: createFaqFeed(assistant.storage.driver, databaseUrl!), receive: ports.receiveFaq, log: silentLogger, pollMs: 60_000 });
  running.push({ assistant, sync });
  return { ports, assistant, knowledgeDir };
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 50))) if (await check()) return true;
  return false;
}

afterAll(async () => {
  for (const { assistant, sync } of running) {
    await sync.stop();
    await assistant.close();
  }
});

describe.skipIf(!databaseUrl)("a FAQ published on one instance (PostgreSQL)", () => {
  it("reaches a running instance at once (LISTEN/NOTIFY) and one started later (read at start), files and index alike", async () => {
    const a = await startInstance();
    const b = await startInstance();
    const hasFaq = (assistant: Assistant, docId: string) => [...assistant.index.passages.values()].some((p) => p.docId === docId);

    const { ticketId } = await a.ports.citizens.handoff({ sessionId: "s-faq-sync", message: "房产证加名字去哪里办", channel: "web" });
    await a.ports.staff.claim(ticketId, "王");
    const answer = "房产证上加名字属于不动产登记事项，请向房屋所在地的不动产登记机构咨询办理条件和材料。";
    const { faqId } = await a.ports.staff.answer(ticketId, "王", answer, {
      topic: "residence",
      phrasings: ["房产证加名字怎么办", "房本上加配偶名字去哪办", "不动产登记加名字要带什么"],
    });
    expect(faqId).toMatch(/^faq-/);
    expect(hasFaq(a.assistant, faqId!)).toBe(true);

    expect(await waitUntil(() => hasFaq(b.assistant, faqId!), 5_000)).toBe(true);
    expect(fs.existsSync(path.join(b.knowledgeDir, "faq", `${faqId}.md`))).toBe(true);
    const asked = await b.ports.answerer.answer({ message: "结婚后想在房产证上加老婆名字找谁办", sessionId: "s-faq-sync-b", channel: "api" });
    expect(asked.status).toBe("answered");
    expect(asked.citations[0]?.docId).toBe(faqId);

    // An instance that was not running reads what it missed when it starts.
    const c = await startInstance();
    expect(await waitUntil(() => hasFaq(c.assistant, faqId!), 5_000)).toBe(true);
    // Receiving again (the IPC and the database both deliver under a cluster) adds nothing twice.
    const doc = { file: `faq/${faqId}.md`, body: fs.readFileSync(path.join(c.knowledgeDir, "faq", `${faqId}.md`), "utf8") };
    expect(await c.ports.receiveFaq(doc)).toBe(false);
  }, 400_000);
});
