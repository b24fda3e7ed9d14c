import type { GapRepository, PeriodTicket, Represent, Turn } from "../feedback/gaps/index.js";
import type { Passage } from "../knowledge/index.js";
import { publicQuestions, type PublicQuestion } from "./public-questions.js";

export interface TopicFigures {
  topic: string | null;
  answered: number;
  escalated: number;
  /** Tickets of the period staff have answered. */
  resolved: number;
}

export interface KnowledgeUpdate {
  docId: string;
  title: string;
  topic: string;
  date: string;
  change: "effective" | "reviewed";
}

export interface TransparencyReport {
  days: number;
  from: string;
  to: string;
  minSessions: number;
  totals: { answered: number; escalated: number; tickets: number; resolved: number };
  byTopic: TopicFigures[];
  medianHoursToStaffAnswer: number | null;
  topQuestions: PublicQuestion[];
  updates: KnowledgeUpdate[];
  generatedAt: string;
}

export interface TransparencyDeps {
  repository: Pick<GapRepository, "turns" | "tickets">;
  represent: Represent;
  /** The knowledge as currently loaded (published FAQ entries included). */
  passages: () => Iterable<Passage>;
  minSessions: number;
  now?: () => Date;
}

const UPDATES_SHOWN = 20;
const day = (d: Date) => d.toISOString().slice(0, 10);

function byTopic(turns: readonly Turn[], tickets: readonly PeriodTicket[]): TopicFigures[] {
  const figures = new Map<string | null, TopicFigures>();
  const of = (topic: string | null) => figures.get(topic) ?? figures.set(topic, { topic, answered: 0, escalated: 0, resolved: 0 }).get(topic)!;
  for (const t of turns) {
    if (t.status === "answered") of(t.topic).answered += 1;
    if (t.status === "escalated") of(t.topic).escalated += 1;
  }
  for (const t of tickets) if (t.answeredAt) of(t.topic).resolved += 1;
  return [...figures.values()].sort((a, b) => (a.topic === null ? 1 : b.topic === null ? -1 : b.answered + b.escalated - (a.answered + a.escalated)));
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Documents that took effect or were reviewed in the period, newest first, one line per document. */
export function knowledgeUpdates(passages: Iterable<Passage>, from: string, to: string): KnowledgeUpdate[] {
  const docs = new Map<string, KnowledgeUpdate>();
  for (const p of passages) {
    if (docs.has(p.docId)) continue;
    const dates = [
      { date: p.effective, change: "effective" as const },
      ...(p.reviewed ? [{ date: p.reviewed, change: "reviewed" as const }] : []),
    ].filter((d) => d.date >= from && d.date <= to);
    const latest = dates.sort((a, b) => b.date.localeCompare(a.date))[0];
    if (latest) docs.set(p.docId, { docId: p.docId, title: p.title, topic: p.topic, ...latest });
  }
  return [...docs.values()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).slice(0, UPDATES_SHOWN);
}

/** The public figures of the last `days` days: counts only, and common questions under strict conditions. */
export function createTransparencyService(deps: TransparencyDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async report(days: number): Promise<TransparencyReport> {
      const end = now();
      const start = new Date(end.getTime() - days * 86_400_000);
      const period = { from: start.toISOString(), to: end.toISOString() };
      const [turns, tickets] = await Promise.all([deps.repository.turns(period), deps.repository.tickets(period)]);
      const hours = tickets.filter((t) => t.answeredAt).map((t) => (Date.parse(t.answeredAt!) - Date.parse(t.createdAt)) / 3_600_000);
      const med = median(hours);
      return {
        days,
        from: day(start),
        to: day(end),
        minSessions: deps.minSessions,
        totals: {
          answered: turns.filter((t) => t.status === "answered").length,
          escalated: turns.filter((t) => t.status === "escalated").length,
          tickets: tickets.length,
          resolved: tickets.filter((t) => t.answeredAt).length,
        },
        byTopic: byTopic(turns, tickets),
        medianHoursToStaffAnswer: med === null ? null : Math.round(med * 10) / 10,
        topQuestions: await publicQuestions(turns, deps.represent, deps.minSessions),
        updates: knowledgeUpdates(deps.passages(), day(start), day(end)),
        generatedAt: end.toISOString(),
      };
    },
  };
}

export type TransparencyService = ReturnType<typeof createTransparencyService>;
