import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { createBufferedAnswerLog } from "./buffered-answer-log.js";
import { migrate } from "./migrations.js";
import { createSqliteDriver } from "./sqlite-driver.js";
import { openFeedbackStorage } from "./storage.js";

async function openDriver(dir = tempDir()) {
  const driver = createSqliteDriver(path.join(dir, "zhice.sqlite"));
  await migrate(driver);
  return driver;
}

const turn = (id: string, sessionId: string, question = "异地就医怎么备案", at = new Date().toISOString()) => ({
  id, sessionId, channel: "web", question, status: "answered", topic: "medical-insurance", createdAt: at, context: { docId: "doc", suggestions: ["下一问"] },
});
const rows = async (driver: Awaited<ReturnType<typeof openDriver>>) => (await driver.all<{ n: number }>("SELECT COUNT(*) AS n FROM answers"))[0]!.n;

describe("buffered answer log", () => {
  it("answers the session's last turn from memory before it is written, as the store would give it back", async () => {
    const driver = await openDriver();
    const log = createBufferedAnswerLog(driver, { flushMs: 60_000 });
    await log.record(turn("a1", "s1", "我手机13812345678，报销被退回", "2026-12-06T07:00:00.000Z"));
    await log.record(turn("a2", "s1", "异地就医怎么备案", "2026-12-06T07:00:05.000Z"));
    expect(await rows(driver)).toBe(0); // not written yet
    const last = await log.lastForSession("s1");
    expect(last?.id).toBe("a2");
    expect((await log.find("a1"))?.question).not.toContain("13812345678"); // masked, as stored
    await log.flush();
    expect(await rows(driver)).toBe(2);
    const stored = await createBufferedAnswerLog(driver).lastForSession("s1"); // another instance, or after a restart
    expect(stored).toEqual(last);
    await driver.close();
  });

  it("writes a full batch at once, and a rating finds an answer that was still waiting", async () => {
    const driver = await openDriver();
    const log = createBufferedAnswerLog(driver, { flushMs: 60_000, maxBatch: 3 });
    for (const i of [1, 2, 3]) await log.record(turn(`b${i}`, `s${i}`));
    await log.flush(); // the batch of 3 was already under way; flush waits for it
    expect(await rows(driver)).toBe(3);
    await log.record(turn("b4", "s4"));
    expect(await log.rate({ answerId: "b4", sessionId: "s4", helpful: true })).toBe(true);
    expect(await log.rate({ answerId: "b4", sessionId: "intruder", helpful: true })).toBe(false);
    await driver.close();
  });

  it("with a shared store, reads a written turn from the store (another instance may have answered since)", async () => {
    const driver = await openDriver();
    const mine = createBufferedAnswerLog(driver, { shared: true, flushMs: 60_000 });
    const other = createBufferedAnswerLog(driver, { shared: true, flushMs: 60_000 });
    await mine.record(turn("c1", "moving", "q", "2026-12-06T07:00:00.000Z"));
    await mine.flush();
    await other.record(turn("c2", "moving", "q", "2026-12-06T07:00:01.000Z"));
    await other.flush();
    expect((await mine.lastForSession("moving"))?.id).toBe("c2");
    await driver.close();
  });

  it("keeps a batch whose write failed and writes it with the next one; gives up only after repeated failures", async () => {
    const driver = await openDriver();
    let failures = 1;
    const flaky: typeof driver = {
      ...driver,
      transaction: (fn, options) => (failures-- > 0 ? Promise.reject(new Error("database is locked")) : driver.transaction(fn, options)),
    };
    const errors: string[] = [];
    const log = createBufferedAnswerLog(flaky, { flushMs: 60_000, onError: (e) => errors.push(e.message) });
    await log.record(turn("e1", "busy"));
    await log.flush(); // fails: kept
    expect(await rows(driver)).toBe(0);
    expect(errors[0]).toMatch(/database is locked.*1 of 1 answers kept/);
    expect((await log.lastForSession("busy"))?.id).toBe("e1");
    await log.record(turn("e2", "busy2"));
    await log.flush();
    expect(await rows(driver)).toBe(2);

    failures = 10;
    await log.record(turn("e3", "doomed"));
    for (let i = 0; i < 5; i += 1) await log.flush();
    expect(errors.at(-1)).toMatch(/0 of 1 answers kept/);
    failures = 0;
    await log.flush();
    expect(await rows(driver)).toBe(2); // e3 was given up after five tries
    await driver.close();
  });

  it("commits its batches without waiting for the disk: the rows are committed, no fsync is asked for", async () => {
    const driver = await openDriver();
    const asked: (boolean | undefined)[] = [];
    const watched: typeof driver = { ...driver, transaction: (fn, options) => (asked.push(options?.durable), driver.transaction(fn, options)) };
    const log = createBufferedAnswerLog(watched, { flushMs: 60_000 });
    await log.record(turn("n1", "nosync"));
    await log.record(turn("n2", "nosync"));
    await log.flush();
    expect(asked).toEqual([false]); // one batch, not durable
    expect(await rows(driver)).toBe(2);
    await driver.close();
  });

  it("is flushed when the storage closes", async () => {
    const dir = tempDir();
    const storage = await openFeedbackStorage({ dataDir: dir });
    await storage.answers.record(turn("d1", "closing"));
    await storage.close();
    const reopened = await openFeedbackStorage({ dataDir: dir });
    expect((await reopened.answers.find("d1"))?.sessionId).toBe("closing");
    await reopened.close();
  });
});
