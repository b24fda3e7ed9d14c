import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { freshPostgresSchema, postgresAvailable } from "./postgres-testing.js";
import { openFeedbackStorage } from "./storage.js";

function runWorker(databaseUrl: string, staff: string, ids: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/feedback/claim-race-worker.ts", databaseUrl, staff], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}`))));
    child.stdin.end(JSON.stringify(ids));
  });
}

describe("PostgreSQL queue shared by several processes", () => {
  it.skipIf(!postgresAvailable)("never lets two processes claim the same ticket", async () => {
    const databaseUrl = (await freshPostgresSchema())!;
    const storage = await openFeedbackStorage({ databaseUrl, dataDir: tempDir() });
    const ids: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const { ticket } = await storage.tickets.create({
        sessionId: `s${i}`, channel: "hotline", source: "escalation", question: `问题${i}`, topic: null, reason: "low_confidence", candidates: [],
      });
      ids.push(ticket.id);
    }
    const [a, b] = await Promise.all([runWorker(databaseUrl, "a", ids), runWorker(databaseUrl, "b", [...ids].reverse())]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(new Set([...a, ...b]).size).toBe(ids.length);
    for (const id of ids) {
      const claims = (await storage.tickets.audit(id)).filter((e) => e.action === "claim");
      expect(claims).toHaveLength(1);
    }
    await storage.close();
  });
});
