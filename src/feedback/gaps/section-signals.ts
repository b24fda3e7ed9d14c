import { cosine, SAME_QUESTION, type Vector } from "./similarity.js";
import { sectionKey, type SectionRef, type Turn } from "./turns.js";

/**
 * A section is flagged when at least this share of its ratings are 👎. Across the service most rated
 * answers are rated helpful (the console's 有帮助率); a section where a third of the people who rate it
 * say it did not help is well off that and worth a reviewer's look.
 */
export const UNHELPFUL_FLAG_RATE = 0.3;
/** …and only with this many ratings: one or two unhappy people are not a pattern. */
export const MIN_RATINGS_TO_FLAG = 3;
/**
 * A section is flagged when at least this share of the answers citing it were followed by the same
 * question again in other words, or by a ticket of the same session: the answer did not settle it.
 */
export const REASK_FLAG_RATE = 0.25;
/** …and only once it has been cited this many times. */
export const MIN_CITED_TO_FLAG = 4;

export type SectionFlag = "unhelpful" | "re_asked";

export interface SectionSignal extends SectionRef {
  cited: number;
  helpful: number;
  unhelpful: number;
  /** Answers citing it after which the session opened a ticket. */
  escalatedAfter: number;
  /** Answers citing it whose next question was the same question in other words. */
  reAsked: number;
  unhelpfulRate: number | null;
  reAskRate: number;
  flags: SectionFlag[];
  /** An open review mark exists for its document. */
  underReview: boolean;
}

/** Sections answered from, most flagged first: how often cited, rated, re-asked and escalated after. */
export function sectionSignals(turns: readonly Turn[], vectors: Map<string, Vector>, underReview: (docId: string) => boolean): SectionSignal[] {
  const stats = new Map<string, SectionSignal>();
  /** Answers citing the section that were re-asked or escalated after: counted once when both happened. */
  const unsettled = new Map<string, number>();
  for (const turn of turns) {
    if (turn.status !== "answered") continue;
    const next = turn.nextQuestion ? vectors.get(turn.nextQuestion) : undefined;
    const again = next !== undefined && cosine(vectors.get(turn.question) ?? new Map(), next) >= SAME_QUESTION;
    for (const ref of turn.sections) {
      const key = sectionKey(ref);
      const s = stats.get(key) ?? { ...ref, cited: 0, helpful: 0, unhelpful: 0, escalatedAfter: 0, reAsked: 0, unhelpfulRate: null, reAskRate: 0, flags: [], underReview: false };
      s.cited += 1;
      if (turn.rating === true) s.helpful += 1;
      if (turn.rating === false) s.unhelpful += 1;
      if (turn.ticketAfter) s.escalatedAfter += 1;
      if (again) s.reAsked += 1;
      if (again || turn.ticketAfter) unsettled.set(key, (unsettled.get(key) ?? 0) + 1);
      stats.set(key, s);
    }
  }
  const out = [...stats.entries()].map(([key, signal]) => {
    const ratings = signal.helpful + signal.unhelpful;
    signal.unhelpfulRate = ratings ? signal.unhelpful / ratings : null;
    signal.reAskRate = (unsettled.get(key) ?? 0) / signal.cited;
    const flags: SectionFlag[] = [];
    if (ratings >= MIN_RATINGS_TO_FLAG && signal.unhelpfulRate! >= UNHELPFUL_FLAG_RATE) flags.push("unhelpful");
    if (signal.cited >= MIN_CITED_TO_FLAG && signal.reAskRate >= REASK_FLAG_RATE) flags.push("re_asked");
    return { ...signal, flags, underReview: underReview(signal.docId) };
  });
  return out.sort((a, b) => b.flags.length - a.flags.length || b.cited - a.cited || a.docId.localeCompare(b.docId));
}

export interface DocumentSignal {
  docId: string;
  title: string;
  cited: number;
  helpful: number;
  unhelpful: number;
  escalatedAfter: number;
  reAsked: number;
  /** Its sections flagged for review. */
  flaggedSections: number;
  underReview: boolean;
}

/** The same signals summed per document, most flagged sections first. */
export function documentSignals(sections: readonly SectionSignal[]): DocumentSignal[] {
  const docs = new Map<string, DocumentSignal>();
  for (const s of sections) {
    const d = docs.get(s.docId) ?? { docId: s.docId, title: s.title, cited: 0, helpful: 0, unhelpful: 0, escalatedAfter: 0, reAsked: 0, flaggedSections: 0, underReview: s.underReview };
    d.cited += s.cited;
    d.helpful += s.helpful;
    d.unhelpful += s.unhelpful;
    d.escalatedAfter += s.escalatedAfter;
    d.reAsked += s.reAsked;
    d.flaggedSections += s.flags.length ? 1 : 0;
    docs.set(s.docId, d);
  }
  return [...docs.values()].sort((a, b) => b.flaggedSections - a.flaggedSections || b.cited - a.cited || a.docId.localeCompare(b.docId));
}
