import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { datasyncFile, groupSync } from "./wal-sync.js";

describe("datasyncFile", () => {
  it("flushes an existing file and treats a missing one as nothing to flush", async () => {
    const file = path.join(tempDir(), "log");
    fs.writeFileSync(file, "frames");
    await expect(datasyncFile(file)).resolves.toBeUndefined();
    await expect(datasyncFile(`${file}-missing`)).resolves.toBeUndefined();
    await expect(datasyncFile(path.dirname(file) + "/no/such/dir/x")).resolves.toBeUndefined();
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
