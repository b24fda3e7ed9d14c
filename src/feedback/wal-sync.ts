import fs from "node:fs/promises";

/**
 * Flushes a file's data to the disk (fdatasync) on libuv's thread pool, so the event loop serves other requests
 * for the 2–5 ms it takes on this disk. A file that does not exist holds nothing to flush: SQLite's write-ahead
 * log is missing only before the first write and after the last connection closed (which checkpoints it).
 */
export async function datasyncFile(file: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Group commit: what was written before a caller called is on the disk when its promise resolves. A sync under
 * way may have begun before the caller's writes, so everyone arriving meanwhile shares the one after it: under
 * load, one fsync serves several commits.
 */
export function groupSync(sync: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const begin = (): Promise<void> => {
    const started: Promise<void> = sync().finally(() => {
      if (running === started) running = null;
    });
    running = started;
    return started;
  };
  return () => {
    if (!running) return begin();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return begin();
      });
    return next;
  };
}
