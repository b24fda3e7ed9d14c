import { createSqlAnswerLog, fromAnswerRow, insertAnswerRow, toAnswerRow, type AnswerLog, type AnswerRow } from "./answer-log.js";
import type { SqlDriver } from "./sql-driver.js";

export interface BufferedAnswerLogOptions {
  /** Longest a logged answer waits in memory before it is written (the crash window). */
  flushMs?: number;
  /** A batch this large is written at once, without waiting. */
  maxBatch?: number;
  /** Sessions whose last turn is kept in memory (least recently answered are forgotten first). */
  sessions?: number;
  /**
   * Other instances write to the same store (PostgreSQL): then only turns not yet written are served from
   * memory, so a session that moves between instances still reads its newest turn from the store.
   */
  shared?: boolean;
  onError?: (error: Error) => void;
}

/** A batch that could not be written is tried again this many times in all before its answers are given up. */
const MAX_TRIES = 5;

export interface BufferedAnswerLog extends AnswerLog {
  /** Writes what is waiting; resolves when it is committed. */
  flush(): Promise<void>;
}

/**
 * The answer log off the answer path: record() returns at once, and answers are written in one transaction
 * per batch, at most `flushMs` (100 ms) later — a crash loses at most that window of logged answers (never a
 * ticket: tickets are written before their reply); a failed write is tried again with the next batch. A batch is
 * committed without waiting for the disk (durable: false): a killed process loses nothing committed, a power loss
 * may lose the batches since the last durable commit (a ticket's) or checkpoint. The
 * session's last turn is read from memory when this server wrote it, from the store otherwise (another instance,
 * a restart). flush() on shutdown writes the rest.
 */
export function createBufferedAnswerLog(db: SqlDriver, options: BufferedAnswerLogOptions = {}): BufferedAnswerLog {
  const { flushMs = 100, maxBatch = 500, sessions = 50_000, shared = false } = options;
  const store = createSqlAnswerLog(db);
  // Rows as they will be stored (masked, context as JSON): made once per answer, parsed again only when read.
  let waiting: AnswerRow[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const unwritten = new Map<string, AnswerRow>(); // by answer id
  const lastTurns = new Map<string, AnswerRow>(); // by session, least recently answered first

  function remember(answer: AnswerRow): void {
    lastTurns.delete(answer.sessionId);
    lastTurns.set(answer.sessionId, answer);
    if (lastTurns.size > sessions) lastTurns.delete(lastTurns.keys().next().value!);
  }

  /** Rows of a batch that failed, by how many times they were tried. */
  const tries = new Map<string, number>();

  function schedule(): void {
    timer ??= setTimeout(() => void flush(), flushMs).unref();
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return writing;
    writing = writing.then(async () => {
      try {
        // Not durable (no fsync on the event loop): a batch is lost only with the machine, never with the process.
        await db.transaction(
          async (tx) => {
            for (const row of batch) await insertAnswerRow(tx, row);
          },
          { durable: false },
        );
        for (const row of batch) {
          unwritten.delete(row.id);
          tries.delete(row.id);
        }
      } catch (error) {
        // A passing failure (SQLite busy under several workers, a dropped connection) must not lose the
        // batch: it is tried again with the next one, and given up only after MAX_TRIES.
        const again = batch.filter((row) => (tries.get(row.id) ?? 0) + 1 < MAX_TRIES);
        for (const row of batch) {
          if (again.includes(row)) tries.set(row.id, (tries.get(row.id) ?? 0) + 1);
          else {
            unwritten.delete(row.id);
            tries.delete(row.id);
          }
        }
        options.onError?.(new Error(`${(error as Error).message} (${again.length} of ${batch.length} answers kept to try again)`, { cause: error }));
        waiting = [...again, ...waiting];
        if (waiting.length > 0) schedule();
      }
    });
    return writing;
  }

  return {
    async record(answer) {
      const row = toAnswerRow(answer);
      waiting.push(row);
      unwritten.set(row.id, row);
      remember(row);
      if (waiting.length >= maxBatch) void flush();
      else schedule();
    },
    async lastForSession(sessionId) {
      const mine = lastTurns.get(sessionId);
      if (mine && (!shared || unwritten.has(mine.id))) return fromAnswerRow(mine);
      return store.lastForSession(sessionId);
    },
    async find(id) {
      const waitingRow = unwritten.get(id);
      return waitingRow ? fromAnswerRow(waitingRow) : store.find(id);
    },
    async purgeOlderThan(days) {
      await flush();
      const cutoff = Date.now() - days * 86_400_000;
      for (const [session, answer] of lastTurns) if (Date.parse(answer.createdAt) <= cutoff) lastTurns.delete(session);
      return store.purgeOlderThan(days);
    },
    async rate(input) {
      // A rating names an answer that must be in the store first.
      if (unwritten.has(input.answerId)) await flush();
      return store.rate(input);
    },
    flush,
  };
}
