import pg from "pg";
import type { SqlDriver } from "./sql-driver.js";

/** A FAQ knowledge file as instances exchange it (see knowledge/faq-writer.ts). */
export interface PublishedFaq {
  seq: number;
  file: string;
  body: string;
}

const CHANNEL = "zhice_faq";

/**
 * FAQ entries published on any instance, in the shared PostgreSQL database (table
 * faq_publications). Publishing inserts a row and NOTIFYs; every instance LISTENs and reads the
 * rows it has not seen. Notifications can be lost while a listener reconnects, so the listener
 * also reads on reconnect and every pollMs.
 */
export interface FaqFeed {
  publish(faq: { file: string; body: string }): Promise<void>;
  since(seq: number): Promise<PublishedFaq[]>;
  /** Calls onChange on every notification, after each (re)connect and every pollMs; resolves to a stop function. */
  watch(onChange: () => void, onError: (error: Error) => void, pollMs?: number): Promise<() => Promise<void>>;
}

export function createFaqFeed(db: SqlDriver, databaseUrl: string): FaqFeed {
  return {
    async publish({ file, body }) {
      await db.transaction(async (tx) => {
        await tx.run("INSERT INTO faq_publications (file, body, published_at) VALUES (?, ?, ?) ON CONFLICT (file) DO NOTHING", [file, body, new Date().toISOString()]);
        await tx.all(`SELECT pg_notify('${CHANNEL}', '')`); // delivered when the transaction commits
      });
    },
    async since(seq) {
      const rows = await db.all<{ seq: string | number; file: string; body: string }>("SELECT seq, file, body FROM faq_publications WHERE seq > ? ORDER BY seq", [seq]);
      return rows.map((r) => ({ seq: Number(r.seq), file: r.file, body: r.body }));
    },
    async watch(onChange, onError, pollMs = 30_000) {
      let stopped = false;
      let client: pg.Client | null = null;
      let retry: NodeJS.Timeout | undefined;
      const connect = async () => {
        const next = new pg.Client({ connectionString: databaseUrl });
        next.on("notification", () => onChange());
        next.on("error", (error) => {
          onError(error);
          reconnect();
        });
        await next.connect();
        await next.query(`LISTEN ${CHANNEL}`);
        client = next;
        onChange(); // whatever was published while not listening
      };
      const reconnect = () => {
        client?.end().catch(onError);
        client = null;
        if (stopped || retry) return;
        retry = setTimeout(() => {
          retry = undefined;
          connect().catch((error: Error) => (onError(error), reconnect()));
        }, 2_000);
        retry.unref();
      };
      await connect();
      const poll = setInterval(onChange, pollMs);
      poll.unref();
      return async () => {
        stopped = true;
        clearInterval(poll);
        clearTimeout(retry);
        await client?.end();
      };
    },
  };
}
