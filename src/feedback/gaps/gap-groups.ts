import crypto from "node:crypto";
import { clusterBySimilarity, cosine, SAME_QUESTION, type Vector } from "./similarity.js";

const EMPTY: Vector = new Map();
import type { GapAction } from "./gap-repository.js";
import { sectionKey, type PeriodTicket, type SectionRef, type Turn } from "./turns.js";

export const GAP_SIGNALS = ["escalated", "low_confidence", "abandoned_clarify", "rated_unhelpful"] as const;
export type GapSignal = (typeof GAP_SIGNALS)[number];

/**
 * An answered question counts as low-confidence when its confidence is within this of
 * ANSWER_MIN_CONFIDENCE: it was answered, but barely (confidence reads as a probability).
 */
export const LOW_CONFIDENCE_MARGIN = 0.1;
const EXAMPLES = 3;
const PHRASINGS = 10;

/** Why a turn is a gap; personal cases (case_specific) are not: no document could answer them. */
export function gapSignals(turn: Turn, answerMinConfidence: number): GapSignal[] {
  const signals: GapSignal[] = [];
  if (turn.status === "escalated" && turn.reason !== "case_specific") signals.push("escalated");
  if (turn.status === "answered" && turn.confidence !== null && turn.confidence < answerMinConfidence + LOW_CONFIDENCE_MARGIN) signals.push("low_confidence");
  if (turn.status === "clarify" && turn.nextQuestion === null) signals.push("abandoned_clarify");
  if (turn.rating === false) signals.push("rated_unhelpful");
  return signals;
}

export interface GapGroup {
  /** Stable for the same representative question: sent back when staff act on the group. */
  key: string;
  question: string;
  count: number;
  sessions: number;
  examples: string[];
  /** Distinct phrasings (masked), for 常见问法 of a drafted FAQ. */
  phrasings: string[];
  topic: string | null;
  signals: Record<GapSignal, number>;
  /** The section answered or nearly answered most often in the group. */
  section: SectionRef | null;
  ticketIds: string[];
  firstAsked: string;
  lastAsked: string;
  addressed: Addressed | null;
}

export interface Addressed {
  action: GapAction["action"];
  at: string;
  by: string;
  faqId: string | null;
  reviewId: number | null;
  /** Questions like the group's asked after the action, and how many of them were answered (not rated 👎). */
  after: { asked: number; answered: number };
}

export const groupKey = (question: string) => crypto.createHash("sha256").update(question.trim()).digest("hex").slice(0, 16);

function mostCommon<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    counts.set(k, { value: v, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.value ?? null;
}

/** The tickets of a gap turn: the one it opened, and the ones its session opened about it afterwards (👎). */
function ticketsOf(turn: Turn, tickets: readonly PeriodTicket[]): string[] {
  const ids = tickets.filter((t) => t.sessionId === turn.sessionId && t.createdAt >= turn.createdAt && t.question.startsWith(turn.question)).map((t) => t.id);
  return [...new Set([...(turn.ticketId ? [turn.ticketId] : []), ...ids])];
}

export interface GroupInput {
  gaps: { turn: Turn; signals: GapSignal[] }[];
  /** Every turn of the period: what was asked after an action. */
  turns: readonly Turn[];
  tickets: readonly PeriodTicket[];
  actions: readonly GapAction[];
  vectors: Map<string, Vector>;
}

/** How questions like an action's fared after it: asked, and answered without a 👎. */
function afterAction(action: GapAction, input: GroupInput): Addressed["after"] {
  const targets = [action.question, ...action.phrasings].map((q) => input.vectors.get(q)).filter((v): v is Vector => v !== undefined);
  const later = input.turns.filter((t) => t.createdAt > action.at && targets.some((v) => cosine(v, input.vectors.get(t.question) ?? EMPTY) >= SAME_QUESTION));
  return { asked: later.length, answered: later.filter((t) => t.status === "answered" && t.rating !== false).length };
}

/** Groups the period's gap questions by meaning and marks the groups staff have acted on. */
export function gapGroups(input: GroupInput): GapGroup[] {
  const clusters = clusterBySimilarity(input.gaps.map((g) => ({ item: g, vector: input.vectors.get(g.turn.question)! })));
  return clusters
    .map((cluster) => {
      const turns = cluster.members.map((m) => m.turn);
      const question = cluster.representative.turn.question;
      const key = groupKey(question);
      const signals = Object.fromEntries(GAP_SIGNALS.map((s) => [s, cluster.members.filter((m) => m.signals.includes(s)).length])) as Record<GapSignal, number>;
      const sections = turns.flatMap((t) => (t.sections.length ? [t.sections[0]!] : t.near ? [t.near] : []));
      const phrasings = [...new Set(turns.map((t) => t.question))];
      // The latest action on this group, or on a group whose questions read the same.
      const action = [...input.actions].reverse().find((a) =>
        a.groupKey === key || [a.question, ...a.phrasings].some((q) => cosine(input.vectors.get(q) ?? EMPTY, cluster.centroid) >= SAME_QUESTION));
      return {
        key,
        question,
        count: turns.length,
        sessions: new Set(turns.map((t) => t.sessionId)).size,
        examples: [question, ...phrasings.filter((p) => p !== question)].slice(0, EXAMPLES),
        phrasings: phrasings.slice(0, PHRASINGS),
        topic: mostCommon(turns.map((t) => t.topic).filter((t): t is string => t !== null), (t) => t),
        signals,
        section: mostCommon(sections, sectionKey),
        ticketIds: [...new Set(turns.flatMap((t) => ticketsOf(t, input.tickets)))],
        firstAsked: turns[0]!.createdAt,
        lastAsked: turns[turns.length - 1]!.createdAt,
        addressed: action
          ? { action: action.action, at: action.at, by: action.actor, faqId: action.faqId, reviewId: action.reviewId, after: afterAction(action, input) }
          : null,
      } satisfies GapGroup;
    })
    .sort((a, b) => Number(a.addressed !== null) - Number(b.addressed !== null) || b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}
