import fs from "node:fs";

/**
 * fdatasync of one file on libuv's thread pool, so the event loop serves other requests meanwhile (2–5 ms on this
 * disk, tens under other jobs' writes). The descriptor is opened once and kept: each thread-pool call's answer waits
 * for the event loop's next turn, which under load is a whole round of requests, so one call, not open, sync and
 * close. A file that does not exist holds nothing to flush: SQLite's write-ahead log is missing only before the
 * first write and after the last connection closed (which checkpoints it); a connection that is open keeps it.
 */
export function fileSyncer(file: string): { sync(): Promise<void>; close(): void } {
  let fd: number | null = null;
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        if (fd === null) {
          try {
            fd = fs.openSync(file, "r");
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === "ENOENT") resolve();
            else reject(error);
            return;
          }
        }
        fs.fdatasync(fd, (error) => (error ? reject(error) : resolve()));
      }),
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
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
