export interface DedupeOptions {
  /** How long a finished message is remembered; WeChat's three tries span about 15 s. */
  ttlMs?: number;
  /** Most messages remembered in each map; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers messages by key (MsgId, or FromUserName + CreateTime for events) so WeChat's retries
 * join the first try instead of starting a second answer: entries stay in `inFlight` until their
 * work settles, then in `done` until they expire. Both maps are bounded.
 */
export class MessageDeduplicator<E> {
  private readonly inFlight = new Map<string, E>();
  private readonly done = new Map<string, { entry: E; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: DedupeOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The entry for `key`: the existing one for a retry (first = false), or a new one from `create`
   * (first = true) that moves to the done map when `settled(entry)` settles.
   */
  claim(key: string, create: () => E, settled: (entry: E) => Promise<unknown>): { entry: E; first: boolean } {
    this.expire();
    const flying = this.inFlight.get(key);
    if (flying !== undefined) return { entry: flying, first: false };
    const finished = this.done.get(key);
    if (finished) return { entry: finished.entry, first: false };
    const entry = create();
    this.inFlight.set(key, entry);
    trim(this.inFlight, this.maxEntries);
    const finish = () => {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      this.done.delete(key);
      this.done.set(key, { entry, expires: this.now() + this.ttlMs });
      trim(this.done, this.maxEntries);
    };
    settled(entry).then(finish, finish);
    return { entry, first: true };
  }

  get size(): { inFlight: number; done: number } {
    return { inFlight: this.inFlight.size, done: this.done.size };
  }

  private expire(): void {
    const now = this.now();
    // Insertion order is expiry order, so stop at the first live entry.
    for (const [key, { expires }] of this.done) {
      if (expires > now) break;
      this.done.delete(key);
    }
  }
}

function trim(map: Map<string, unknown>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value!);
}
