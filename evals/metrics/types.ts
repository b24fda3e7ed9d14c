import type { ChatResponse } from "../../src/answer/index.js";
import type { ConversationTurn } from "../conversation-dataset.js";
import type { EvalItem } from "../dataset.js";

/** One dev-set question with what the assistant did with it. */
export interface EvalRecord {
  item: EvalItem;
  response: ChatResponse;
  /** "docId#heading" of the retrieved passages, best first (answerable items only). */
  ranking: string[];
}

/** One conversation, each turn with the reply it got in one session. */
export interface ConversationRecord {
  id: string;
  turns: { turn: ConversationTurn; response: ChatResponse }[];
}

export interface MetricResult {
  name: string;
  value: number;
  /** The target: the value a healthy build should reach (or stay under, when lowerIsBetter). */
  threshold: number;
  /**
   * Where CI fails (`--strict`), when it differs from the target: a regression guard at today's level
   * for a target not met yet. Reported beside the target, never instead of it.
   */
  gate?: number;
  lowerIsBetter?: boolean;
  detail?: string;
}

export function passes(m: MetricResult, limit = m.threshold): boolean {
  return m.lowerIsBetter ? m.value <= limit : m.value >= limit;
}

/** Whether CI lets the metric through: its gate, or its target when it has no separate gate. */
export function passesGate(m: MetricResult): boolean {
  return passes(m, m.gate ?? m.threshold);
}
