import { containsKeyFact } from "./key-fact.js";
import type { ConversationRecord, MetricResult } from "./types.js";

/** The question-understanding issue's target (issue 9): at least 85% of follow-up turns right. */
export const THRESHOLD = 0.85;
/** CI's regression guard on the dev conversations, below the target while follow-up retrieval still errs. */
export const GATE = 0.8;

/** A turn is right when its status is the expected one and, when answered, the answer holds the key fact. */
export function turnIsRight(record: ConversationRecord["turns"][number]): boolean {
  const { turn, response } = record;
  if (response.status !== turn.status) return false;
  return turn.status !== "answered" || containsKeyFact(response.answer, turn.keyFact);
}

export function followUpMetrics(records: readonly ConversationRecord[]): MetricResult[] {
  const first = records.map((r) => r.turns[0]!);
  const later = records.flatMap((r) => r.turns.slice(1));
  const right = (list: typeof later) => list.filter(turnIsRight).length;
  const whole = records.filter((r) => r.turns.every(turnIsRight)).length;
  return [
    { name: "follow-up turns right", value: right(later) / Math.max(1, later.length), threshold: THRESHOLD, gate: GATE, detail: `${right(later)}/${later.length}` },
    { name: "first turns right", value: right(first) / Math.max(1, first.length), threshold: 0.8, detail: `${right(first)}/${first.length}` },
    { name: "conversations all right", value: whole / Math.max(1, records.length), threshold: 0.6, detail: `${whole}/${records.length}` },
  ];
}
