import path from "node:path";
import { z } from "zod";
import { fillPlaceholders, readYamlFile } from "./data-files.js";

const REPLY_KEYS = [
  "out_of_scope", "injection", "escalated", "escalated_case", "escalated_local", "clarify",
  "local_variation", "validity_replaced", "validity_ended", "validity_superseded", "validity_ended_undated",
  "validity_expiring", "validity_expiring_replaced", "escalated_policy_changed", "not_ready", "internal_error", "staff_answer", "handoff",
  "wechat_welcome", "wechat_unsupported", "wechat_voice_unrecognised", "understood", "also_from", "basis_quote", "related_quote", "regional_rule", "regional_rule_also", "rate_limited", "ticket_quota",
] as const;
export type ReplyKey = (typeof REPLY_KEYS)[number];
const STATUS_KEYS = ["answered", "clarify", "escalated", "out_of_scope"] as const;

const schema = z.object({
  replies: z.object(Object.fromEntries(REPLY_KEYS.map((k) => [k, z.string().min(1)])) as Record<ReplyKey, z.ZodString>),
  labels: z.object(Object.fromEntries(STATUS_KEYS.map((k) => [k, z.string().min(1)])) as Record<(typeof STATUS_KEYS)[number], z.ZodString>),
});

export interface Replies {
  /** The canned reply with its {placeholders} filled; a placeholder without a value throws. */
  render(key: ReplyKey, values?: Record<string, string>): string;
  label(status: (typeof STATUS_KEYS)[number]): string;
}

/** The one accessor for canned replies and status labels (prompts/replies.yaml). */
export function loadReplies(promptsDir: string): Replies {
  const data = readYamlFile(path.join(promptsDir, "replies.yaml"), schema);
  return {
    render(key, values = {}) {
      return fillPlaceholders(`Reply "${key}"`, data.replies[key], values);
    },
    label: (status) => data.labels[status],
  };
}
