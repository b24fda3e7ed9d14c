import { z } from "zod";

/** A knowledge section as the answer log names it: document, its title and the section heading. */
export interface SectionRef {
  docId: string;
  title: string;
  section: string;
}

/** One logged turn with what happened around it (its rating, the session's next turn, a later ticket). */
export interface Turn {
  id: string;
  sessionId: string;
  question: string;
  status: string;
  topic: string | null;
  createdAt: string;
  confidence: number | null;
  /** Why it was escalated (case_specific, local_specific, low_confidence, mismatch, …); null otherwise. */
  reason: string | null;
  ticketId: string | null;
  /** Sections cited by the answer. */
  sections: SectionRef[];
  /** The best candidate when nothing was cited: the section the question nearly got. */
  near: SectionRef | null;
  /** 👍 true, 👎 false, not rated null. */
  rating: boolean | null;
  /** The session's next question, if there was one. */
  nextQuestion: string | null;
  /** A ticket of the same session opened after this turn (escalated after the answer). */
  ticketAfter: boolean;
}

export interface PeriodTicket {
  id: string;
  sessionId: string;
  question: string;
  topic: string | null;
  source: string;
  reason: string;
  status: string;
  createdAt: string;
  answeredAt: string | null;
}

const sectionRef = z.object({ docId: z.string(), title: z.string(), section: z.string() });

/** The parts of the logged context the report reads; turns logged before they existed read as empty. */
const storedContext = z.object({
  confidence: z.number().nullable().optional(),
  reason: z.string().nullable().optional(),
  ticketId: z.string().nullable().optional(),
  sections: z.array(sectionRef).optional(),
  near: sectionRef.nullable().optional(),
});

export function readContext(raw: string | null): Pick<Turn, "confidence" | "reason" | "ticketId" | "sections" | "near"> {
  let value: unknown = null;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    value = null;
  }
  const parsed = storedContext.safeParse(value ?? {});
  const c = parsed.success ? parsed.data : {};
  return { confidence: c.confidence ?? null, reason: c.reason ?? null, ticketId: c.ticketId ?? null, sections: c.sections ?? [], near: c.near ?? null };
}

/** The key of a section across reports: document id and heading. */
export const sectionKey = (s: SectionRef) => `${s.docId}#${s.section}`;
