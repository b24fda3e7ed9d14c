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
