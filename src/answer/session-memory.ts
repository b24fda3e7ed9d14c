import type { AnswerLog } from "../feedback/index.js";
import { EMPTY_FRAME, type PreviousTurn } from "../understanding/index.js";
import type { SessionMemory } from "./deps.js";
import { readStoredContext } from "./stored-context.js";

/** A conversation left this long is not continued: the next message starts afresh. */
const CONTEXT_TTL_MS = 30 * 60_000;

/** The session's last turn from the shared answer log (so it works across instances and restarts). */
export function createSessionMemory(answers: AnswerLog, now: () => number = Date.now): SessionMemory {
  return {
    async lastTurn(sessionId) {
      const last = await answers.lastForSession(sessionId);
      if (!last || now() - Date.parse(last.createdAt) > CONTEXT_TTL_MS) return null;
      // A turn logged before frames existed still carries its question and status.
      const { frame, about, docId, section, suggestions, answerObjects } = readStoredContext(last.context) ?? { frame: EMPTY_FRAME, about: null, docId: null, section: null, suggestions: [], answerObjects: [] };
      return { question: last.question, status: last.status, frame, about: about ?? null, docId: docId ?? null, section: section ?? null, suggestions, answerObjects } satisfies PreviousTurn;
    },
  };
}
