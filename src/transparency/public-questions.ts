import { clusterBySimilarity, type Represent, type Turn } from "../feedback/gaps/index.js";

/** How many common questions the page lists. */
const SHOWN = 10;
/** A run of this many digits may be a personal number the masks do not know (社保卡号, 工单号): never public. */
const LONG_NUMBER = /\d{5,}/;
/** Statuses whose questions may be shown: answered or sent to staff; chit-chat and injections never. */
const PUBLIC_STATUSES = new Set(["answered", "escalated"]);
/** Escalation reasons that mean one person's own case. */
const PERSONAL_REASONS = new Set(["case_specific"]);

export interface PublicQuestion {
  question: string;
  /** Distinct sessions that asked it (in other words, too). */
  sessions: number;
  topic: string | null;
}

/** May this turn's question be shown publicly at all (before counting who else asked it)? */
export function publicCandidate(turn: Turn): boolean {
  return (
    PUBLIC_STATUSES.has(turn.status) &&
    !PERSONAL_REASONS.has(turn.reason ?? "") &&
    !turn.question.includes("*") && // masked personal data (身份证号, 手机号, 银行卡号)
    !LONG_NUMBER.test(turn.question)
  );
}

const plain = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();

/**
 * The most asked questions, only when at least `minSessions` distinct sessions asked them. Questions
 * are grouped by meaning; the wording shown is either a citizen's wording that itself was typed by at
 * least `minSessions` sessions, or the heading of the knowledge section the group was answered from
 * (public text) — never one person's own words.
 */
export async function publicQuestions(turns: readonly Turn[], represent: Represent, minSessions: number): Promise<PublicQuestion[]> {
  const candidates = turns.filter(publicCandidate);
  const vectors = candidates.length ? await represent(candidates.map((t) => t.question)) : [];
  const clusters = clusterBySimilarity(candidates.map((turn, i) => ({ item: turn, vector: vectors[i]! })));
  const shown: PublicQuestion[] = [];
  for (const cluster of clusters) {
    const sessions = new Set(cluster.members.map((t) => t.sessionId)).size;
    if (sessions < minSessions) continue;
    const question = wording(cluster.members, minSessions);
    if (!question) continue;
    const topics = cluster.members.map((t) => t.topic).filter((t) => t !== null);
    shown.push({ question, sessions, topic: topics.sort((a, b) => topics.filter((x) => x === b).length - topics.filter((x) => x === a).length)[0] ?? null });
  }
  return shown.sort((a, b) => b.sessions - a.sessions || a.question.localeCompare(b.question)).slice(0, SHOWN);
}

function wording(members: readonly Turn[], minSessions: number): string | null {
  const bySessions = new Map<string, { text: string; sessions: Set<string> }>();
  for (const t of members) {
    const key = plain(t.question);
    const entry = bySessions.get(key) ?? { text: t.question, sessions: new Set<string>() };
    entry.sessions.add(t.sessionId);
    bySessions.set(key, entry);
  }
  const common = [...bySessions.values()].filter((e) => e.sessions.size >= minSessions).sort((a, b) => b.sessions.size - a.sessions.size)[0];
  if (common) return common.text;
  const headings = new Map<string, number>();
  for (const t of members) for (const s of t.sections.slice(0, 1)) headings.set(s.section, (headings.get(s.section) ?? 0) + 1);
  return [...headings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
