import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { fileSyncer, groupSync } from "./wal-sync.js";

describe("fileSyncer", () => {
  it("flushes a file through one descriptor, and treats a missing file as nothing to flush", async () => {
    const dir = tempDir();
    const file = path.join(dir, "log");
    const missing = fileSyncer(file);
    await expect(missing.sync()).resolves.toBeUndefined(); // not written yet
    fs.writeFileSync(file, "frames");
    const syncer = fileSyncer(file);
    await expect(syncer.sync()).resolves.toBeUndefined();
    fs.appendFileSync(file, "more");
    await expect(syncer.sync()).resolves.toBeUndefined();
    syncer.close();
    await expect(missing.sync()).resolves.toBeUndefined(); // opened now that it exists
    missing.close();
    await expect(fileSyncer(path.join(dir, "no", "such", "file")).sync()).resolves.toBeUndefined();
  });

  it("rejects when the file cannot be opened for another reason", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "plain"), "x");
    await expect(fileSyncer(path.join(dir, "plain", "below")).sync()).rejects.toThrow(/ENOTDIR/);
  });
});

describe("groupSync", () => {
  it("starts at once when idle, and gives everyone arriving during a sync the same next one", async () => {
    const finishers: (() => void)[] = [];
    const sync = groupSync(() => new Promise<void>((resolve) => finishers.push(resolve)));
    const first = sync();
    const [a, b] = [sync(), sync()];
    expect(a).toBe(b);
    expect(finishers).toHaveLength(1);
    finishers[0]!();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(finishers).toHaveLength(2);
    finishers[1]!();
    await a;
    // Idle again: the next caller starts its own.
    const again = sync();
    expect(finishers).toHaveLength(3);
    finishers[2]!();
    await again;
  });

  it("runs the next sync even when the one before failed", async () => {
    let calls = 0;
    const sync = groupSync(async () => {
      calls += 1;
      if (calls === 1) throw new Error("EIO");
    });
    const first = sync();
    const second = sync();
    await expect(first).rejects.toThrow("EIO");
    await expect(second).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
