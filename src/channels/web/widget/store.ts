/**
 * What the widget remembers: the session id and the 大字版 choice in localStorage; the conversation and
 * whether the panel was open in sessionStorage (it survives a reload, and is gone when the tab closes,
 * which suits shared computers). Storage that is missing or full is ignored, never fatal.
 * 身份证号, 手机号 and 银行卡号 in stored text are masked: storage never holds them whole.
 * The tickets this browser opened (number and 查询码) stay in localStorage so their answers still arrive
 * after 清空对话 or in a later visit.
 */
import { maskPersonalData } from "../../../feedback/privacy.js";
import { parseEntry, SESSION_ID, type Entry } from "./types.js";

const KEYS = {
  session: "zhice.sessionId",
  elder: "zhice.elderMode",
  log: "zhice.conversation",
  open: "zhice.panelOpen",
  tickets: "zhice.tickets",
} as const;

/** A ticket this browser opened: enough to look it up without the session. */
export interface KnownTicket {
  ticketId: string;
  secret: string;
  /** Its staff answer has been shown; it is no longer polled by number. */
  answered?: boolean;
}

/** Tickets remembered; the oldest are dropped. */
export const MAX_TICKETS = 20;

/** Identifiers are kept as they are; every other string is masked. */
const IDENTIFIERS = new Set(["sessionId", "answerId", "ticketId", "docId", "secret", "url"]);
const maskText = (key: string, value: unknown) => (typeof value === "string" && !IDENTIFIERS.has(key) ? maskPersonalData(value) : value);

/** Entries kept; older ones are dropped so storage stays small. */
export const MAX_ENTRIES = 60;

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function read(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Private mode, quota or a sandboxed frame: the widget still works for this page view.
  }
}

export interface Store {
  sessionId(): string | null;
  setSessionId(id: string | null): void;
  elderMode(): boolean;
  setElderMode(on: boolean): void;
  panelOpen(): boolean;
  setPanelOpen(open: boolean): void;
  entries(): Entry[];
  setEntries(entries: readonly Entry[]): void;
  tickets(): KnownTicket[];
  setTickets(tickets: readonly KnownTicket[]): void;
}

export function createStore(local: StorageLike | null, session: StorageLike | null): Store {
  return {
    sessionId() {
      const id = read(local, KEYS.session);
      return id && SESSION_ID.test(id) ? id : null;
    },
    setSessionId: (id) => write(local, KEYS.session, id),
    elderMode: () => read(local, KEYS.elder) === "1",
    setElderMode: (on) => write(local, KEYS.elder, on ? "1" : null),
    panelOpen: () => read(session, KEYS.open) === "1",
    setPanelOpen: (open) => write(session, KEYS.open, open ? "1" : null),
    entries() {
      try {
        const parsed: unknown = JSON.parse(read(session, KEYS.log) ?? "[]");
        if (!Array.isArray(parsed)) return [];
        return parsed.map(parseEntry).filter((e): e is Entry => e !== null);
      } catch {
        return [];
      }
    },
    setEntries: (entries) => write(session, KEYS.log, JSON.stringify(entries.slice(-MAX_ENTRIES), maskText)),
    tickets() {
      try {
        const parsed: unknown = JSON.parse(read(local, KEYS.tickets) ?? "[]");
        if (!Array.isArray(parsed)) return [];
        return parsed.filter(
          (t): t is KnownTicket => typeof t?.ticketId === "string" && typeof t?.secret === "string",
        );
      } catch {
        return [];
      }
    },
    setTickets: (tickets) => write(local, KEYS.tickets, JSON.stringify(tickets.slice(-MAX_TICKETS))),
  };
}

/** The page's storages, or null where reading them throws (e.g. cookies blocked). */
export function browserStorages(): { local: StorageLike | null; session: StorageLike | null } {
  const get = (name: "localStorage" | "sessionStorage"): StorageLike | null => {
    try {
      return window[name];
    } catch {
      return null;
    }
  };
  return { local: get("localStorage"), session: get("sessionStorage") };
}
