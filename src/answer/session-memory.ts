import { z } from "zod";
import type { AnswerLog } from "../feedback/index.js";
import { EMPTY_FRAME, type PreviousTurn } from "../understanding/index.js";
import type { SessionMemory } from "./deps.js";

/** A conversation left this long is not continued: the next message starts afresh. */
const CONTEXT_TTL_MS = 30 * 60_000;

const storedContext = z.object({
  frame: z.object({
    aspect: z.string().nullable(),
    aspectSpan: z.string().nullable(),
    entities: z.array(z.object({ id: z.string(), kind: z.string(), span: z.string(), start: z.number(), audience: z.boolean().default(false) })),
    expects: z.string().nullable().default(null),
  }),
  about: z.string().nullable().optional(),
  docId: z.string().nullable().optional(),
  suggestions: z.array(z.string()).default([]),
  answerObjects: z.array(z.string()).default([]),
});

/** The session's last turn from the shared answer log (so it works across instances and restarts). */
export function createSessionMemory(answers: AnswerLog, now: () => number = Date.now): SessionMemory {
  return {
    async lastTurn(sessionId) {
      const last = await answers.lastForSession(sessionId);
      if (!last || now() - Date.parse(last.createdAt) > CONTEXT_TTL_MS) return null;
      const context = storedContext.safeParse(last.context);
      // A turn logged before frames existed still carries its question and status.
      const { frame, about, docId, suggestions, answerObjects } = context.success
        ? context.data
        : { frame: EMPTY_FRAME, about: null, docId: null, suggestions: [], answerObjects: [] };
      return { question: last.question, status: last.status, frame, about: about ?? null, docId: docId ?? null, suggestions, answerObjects } satisfies PreviousTurn;
    },
  };
}
