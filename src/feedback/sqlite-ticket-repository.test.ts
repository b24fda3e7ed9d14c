import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { createSqliteTicketRepository } from "./sqlite-ticket-repository.js";
import { newTicketId } from "./ticket.js";

const sample = {
  sessionId: "s1",
  channel: "web",
  question: "我的报销单为什么被退回",
  topic: "medical-insurance",
  reason: "case_specific",
  candidates: [{ passageId: "doc#1", heading: "报销材料", score: 0.4 }],
};

describe("SQLite ticket repository", () => {
  it("commits a ticket to the file before create resolves", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const repo = createSqliteTicketRepository(file);
    const ticket = await repo.create(sample);
    // A second, independent connection sees the row: it is committed, not buffered.
    const row = new Database(file, { readonly: true }).prepare("SELECT * FROM tickets WHERE id = ?").get(ticket.id) as Record<string, unknown>;
    expect(row).toMatchObject({ question: sample.question, status: "open", session_id: "s1", channel: "web" });
    expect(JSON.parse(row.candidates as string)).toEqual(sample.candidates);
    await repo.close();
  });

  it("keeps tickets across reopening and does not re-run migrations", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const first = createSqliteTicketRepository(file);
    const ticket = await first.create(sample);
    await first.close();
    const second = createSqliteTicketRepository(file);
    expect(await second.get(ticket.id)).toMatchObject({ id: ticket.id, status: "open", topic: "medical-insurance" });
    expect((await second.list({ status: "open" })).map((t) => t.id)).toEqual([ticket.id]);
    expect(await second.get("ZC-nope")).toBeNull();
    await second.close();
  });

  it("uses WAL journaling", async () => {
    const file = path.join(tempDir(), "zhice.sqlite");
    const repo = createSqliteTicketRepository(file);
    const mode = new Database(file).pragma("journal_mode", { simple: true });
    expect(mode).toBe("wal");
    await repo.close();
  });

  it("fails clearly when the file cannot be opened", () => {
    const notADirectory = path.join(tempDir(), "plain-file");
    fs.writeFileSync(notADirectory, "");
    expect(() => createSqliteTicketRepository(path.join(notADirectory, "x.sqlite"))).toThrow(/Cannot open ticket database/);
  });
});

describe("newTicketId", () => {
  it("is dated, unambiguous and not guessable", () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newTicketId(new Date("2026-11-26T08:00:00Z"))));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^ZC20261126-[2-9A-HJ-NP-Z]{12}$/);
  });
});
