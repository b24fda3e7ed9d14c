import type { FaqFeed } from "../feedback/index.js";
import type { FaqDocument } from "../knowledge/index.js";
import type { Logger } from "../ops/logger.js";
import type { FaqReceiver } from "./ports.js";

/** The IPC message cluster workers exchange (through the primary) when a FAQ is published. */
export interface FaqMessage {
  type: "zhice:faq";
  doc: FaqDocument;
}

export const isFaqMessage = (message: unknown): message is FaqMessage =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === "zhice:faq";

export interface FaqSyncOptions {
  /** The shared database's feed (PostgreSQL); none with SQLite. */
  feed: FaqFeed | null;
  /** Adds a FAQ to this instance; false when it already has it. */
  receive: FaqReceiver;
  log: Logger;
  /** A cluster worker's channel to the primary (process.send); none outside a cluster. */
  send?: (message: FaqMessage) => void;
  pollMs?: number;
}

export interface FaqSync {
  /** Tells the other instances (feed) and workers (IPC) about a FAQ published here. */
  announce(doc: FaqDocument): Promise<void>;
  /** An IPC message from the primary. */
  onMessage(message: unknown): void;
  stop(): Promise<void>;
}

/**
 * Makes a FAQ published on one instance reach the others without a restart: through PostgreSQL
 * (LISTEN/NOTIFY, with a catch-up read) between hosts, and through the cluster primary between
 * workers of one host. Receiving is idempotent, so a FAQ arriving both ways is added once.
 */
export async function startFaqSync(options: FaqSyncOptions): Promise<FaqSync> {
  const { feed, receive, log, send } = options;
  let seen = 0;
  let reading: Promise<void> | null = null;
  let again = false;
  const apply = async (doc: FaqDocument, via: string) => {
    try {
      if (await receive(doc)) log.info({ file: doc.file, via }, "FAQ published elsewhere added to the index");
    } catch (error) {
      log.error({ err: error, file: doc.file, via }, "could not add a FAQ published elsewhere");
    }
  };
  // One reader at a time; a notification during a read asks for one more read after it.
  const catchUp = () => {
    if (!feed) return;
    if (reading) {
      again = true;
      return;
    }
    reading = (async () => {
      do {
        again = false;
        for (const row of await feed.since(seen)) {
          await apply(row, "database");
          seen = Math.max(seen, row.seq);
        }
      } while (again);
    })()
      .catch((error: unknown) => log.error({ err: error }, "reading published FAQ entries failed"))
      .finally(() => (reading = null));
  };
  const stopWatching = feed ? await feed.watch(catchUp, (error) => log.warn({ err: error }, "FAQ listener connection lost; reconnecting"), options.pollMs) : null;
  return {
    async announce(doc) {
      send?.({ type: "zhice:faq", doc });
      await feed?.publish(doc);
    },
    onMessage(message) {
      if (isFaqMessage(message)) void apply(message.doc, "cluster");
    },
    async stop() {
      await stopWatching?.();
      await reading;
    },
  };
}
