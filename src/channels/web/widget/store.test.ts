import { describe, expect, it } from "vitest";
import { createStore, MAX_ENTRIES } from "./store.js";
import type { Entry } from "./types.js";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const broken = {
  getItem(): string | null {
    throw new Error("SecurityError");
  },
  setItem(): void {
    throw new Error("QuotaExceededError");
  },
  removeItem(): void {
    throw new Error("SecurityError");
  },
};

const bot: Entry = {
  kind: "bot",
  question: "q",
  reply: { sessionId: "s", answerId: "a", status: "answered", answer: "<script>x</script>", citations: [] },
  feedback: "up",
};

describe("store", () => {
  it("keeps session id and 大字版 in local storage, conversation and open state in session storage", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const store = createStore(local, session);
    store.setSessionId("abc-123");
    store.setElderMode(true);
    store.setPanelOpen(true);
    store.setEntries([{ kind: "user", text: "你好" }, bot]);
    const again = createStore(local, session);
    expect([again.sessionId(), again.elderMode(), again.panelOpen()]).toEqual(["abc-123", true, true]);
    expect(again.entries()).toEqual([{ kind: "user", text: "你好" }, bot]);
    expect([...local.items.keys()].sort()).toEqual(["zhice.elderMode", "zhice.sessionId"]);
    again.setSessionId(null);
    again.setElderMode(false);
    expect([again.sessionId(), again.elderMode()]).toEqual([null, false]);
  });

  it("drops a malformed session id and damaged entries", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    local.setItem("zhice.sessionId", "a b<c>");
    session.setItem("zhice.conversation", JSON.stringify([{ kind: "user", text: 1 }, { kind: "bot", reply: {} }, bot, null]));
    const store = createStore(local, session);
    expect(store.sessionId()).toBeNull();
    expect(store.entries()).toEqual([bot]);
    session.setItem("zhice.conversation", "{not json");
    expect(store.entries()).toEqual([]);
  });

  it("keeps only the newest entries", () => {
    const store = createStore(null, new MemoryStorage());
    store.setEntries(Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => ({ kind: "user", text: String(i) })));
    const entries = store.entries();
    expect(entries).toHaveLength(MAX_ENTRIES);
    expect(entries[0]).toEqual({ kind: "user", text: "5" });
  });

  it("works without storage, or with storage that throws", () => {
    for (const storage of [null, broken]) {
      const store = createStore(storage, storage);
      expect(() => store.setEntries([bot])).not.toThrow();
      expect(() => store.setSessionId("x")).not.toThrow();
      expect([store.sessionId(), store.elderMode(), store.entries()]).toEqual([null, false, []]);
    }
  });
});

describe("personal numbers in storage", () => {
  it("masks 身份证号, 手机号 and 银行卡号 in every stored text, and keeps identifiers whole", () => {
    const session = new MemoryStorage();
    const store = createStore(new MemoryStorage(), session);
    const typed = "我身份证110101199003071234，手机13812345678，卡号6222020200112233445";
    store.setEntries([
      { kind: "user", text: typed },
      { kind: "bot", question: typed, reply: { sessionId: "s", answerId: "123456789012345678", status: "escalated", answer: "已转", citations: [] } },
      { kind: "staff", ticketId: "ZC20261206-ABC", question: typed, answer: "已回电13812345678", answeredAt: null },
    ]);
    const raw = session.items.get("zhice.conversation") ?? "";
    for (const secret of ["110101199003071234", "13812345678", "6222020200112233445"]) expect(raw).not.toContain(secret);
    expect(raw).toContain("110101********1234");
    expect(raw).toContain("123456789012345678"); // an answer id is not a card number
    expect(store.entries()).toHaveLength(3);
  });

  it("remembers the tickets this browser opened, the newest MAX_TICKETS", () => {
    const store = createStore(new MemoryStorage(), new MemoryStorage());
    store.setTickets(Array.from({ length: 25 }, (_, i) => ({ ticketId: `ZC${i}`, secret: "S" })));
    expect(store.tickets()).toHaveLength(20);
    expect(store.tickets()[0]?.ticketId).toBe("ZC5");
    expect(createStore(broken, broken).tickets()).toEqual([]);
  });
});
