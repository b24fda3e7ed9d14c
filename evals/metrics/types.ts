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
  /** The value a healthy build must reach (or stay under, when lowerIsBetter); otherwise it fails. */
  threshold: number;
  lowerIsBetter?: boolean;
  detail?: string;
}

export function passes(m: MetricResult): boolean {
  return m.lowerIsBetter ? m.value <= m.threshold : m.value >= m.threshold;
}
