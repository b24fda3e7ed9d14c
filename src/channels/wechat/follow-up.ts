/**
 * Remembers the options last offered to each follower, so a reply of "2" (or "第2个") to a
 * clarifying question is read as the second option. Bounded; options expire after `ttlMs`.
 */
export class ClarifyOptions {
  private readonly offered = new Map<string, { options: string[]; expires: number }>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly maxFollowers = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  remember(openId: string, options: readonly string[]): void {
    this.offered.delete(openId);
    if (options.length === 0) return;
    this.offered.set(openId, { options: [...options], expires: this.now() + this.ttlMs });
    while (this.offered.size > this.maxFollowers) this.offered.delete(this.offered.keys().next().value!);
  }

  forget(openId: string): void {
    this.offered.delete(openId);
  }

  /** The chosen option when `text` is just its number; otherwise `text` unchanged. */
  resolve(openId: string, text: string): string {
    const match = /^\s*(?:第\s*)?([1-9])\s*(?:个|项|条)?\s*[。.！!]?\s*$/.exec(text.normalize("NFKC"));
    const offered = this.offered.get(openId);
    if (!match || !offered || offered.expires <= this.now()) return text;
    return offered.options[Number(match[1]) - 1] ?? text;
  }
}
