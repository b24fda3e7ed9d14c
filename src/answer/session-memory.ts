import type { ChatStatus } from "./types.js";

export interface SessionTurn {
  question: string;
  status: ChatStatus;
}

/** Remembers each session's last turn (bounded, least recently used first out) for follow-ups. */
export function createSessionMemory(maxSessions = 10_000) {
  const turns = new Map<string, SessionTurn>();
  return {
    last(sessionId: string): SessionTurn | undefined {
      return turns.get(sessionId);
    },
    remember(sessionId: string, turn: SessionTurn): void {
      turns.delete(sessionId);
      turns.set(sessionId, turn);
      if (turns.size > maxSessions) turns.delete(turns.keys().next().value!);
    },
  };
}

export type SessionMemory = ReturnType<typeof createSessionMemory>;
