import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import { estimateConfidence } from "./confidence.js";

/**
 * A follow-up read in context (断了一年再交呢 after 连续参保有什么好处) is ranked twice: completed with the
 * earlier question, and on its own words. The completed reading keeps the conversation's object; the own
 * reading knows what the message asks, which the earlier words outweigh in the completed one. Sections
 * both readings rank agree with the conversation and the message at once.
 */
export interface OwnReading {
  /** How the message alone ranks a section: its score relative to the message's best, 0 when not ranked. */
  share(passage: Passage): number;
  /** The message alone ranks this section first. */
  isFirst(passage: Passage): boolean;
  /** The calibrated confidence of the message's own best section, read alone. */
  confidence: number;
}

const key = (p: Passage) => `${p.docId}#${p.heading}`;

export function ownReading(own: readonly Candidate[]): OwnReading | null {
  const best = own[0];
  if (!best || best.score <= 0) return null;
  const shares = new Map(own.map((c) => [key(c.passage), Math.max(0, c.score / best.score)]));
  const first = key(best.passage);
  return {
    share: (passage) => shares.get(key(passage)) ?? 0,
    isFirst: (passage) => key(passage) === first,
    confidence: estimateConfidence(own),
  };
}
