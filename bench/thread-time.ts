import fs from "node:fs";

/** The calling thread's time on a core and waiting in the run queue for one, in ms (Linux: /proc/thread-self/schedstat). */
export interface ThreadTime {
  runningMs: number;
  waitingMs: number;
}

export function parseSchedstat(text: string): ThreadTime | undefined {
  const [running, waiting] = text.trim().split(/\s+/).map(Number);
  return Number.isFinite(running) && Number.isFinite(waiting) ? { runningMs: running! / 1e6, waitingMs: waiting! / 1e6 } : undefined;
}

/** Undefined where the kernel does not say (not Linux, or schedstats not kept). */
export function threadTime(): ThreadTime | undefined {
  try {
    return parseSchedstat(fs.readFileSync("/proc/thread-self/schedstat", "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Where a stretch of wall-clock time went on this thread: running, ready but waiting for a core (the machine's
 * other work), and neither — blocked on I/O, a lock or another thread (what is left of the wall clock).
 */
export function wallSplit(wallMs: number, before: ThreadTime | undefined, after: ThreadTime | undefined) {
  if (!before || !after) return undefined;
  const runningMs = after.runningMs - before.runningMs;
  const waitingMs = after.waitingMs - before.waitingMs;
  return { runningMs, waitingMs, blockedMs: Math.max(0, wallMs - runningMs - waitingMs) };
}
