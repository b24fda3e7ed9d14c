import type { ChatResponse } from "../../src/answer/index.js";
import type { EvalItem } from "../dataset.js";

/** One dev-set question with what the assistant did with it. */
export interface EvalRecord {
  item: EvalItem;
  response: ChatResponse;
  /** "docId#heading" of the retrieved passages, best first (answerable items only). */
  ranking: string[];
}

export interface MetricResult {
  name: string;
  value: number;
  /** The value a healthy build must reach; below it the metric is reported as failing. */
  threshold: number;
  detail?: string;
}
