/**
 * The browser-side contract (types.ts, labels.ts, answer-form.ts) against the server's own types and
 * constants: the compile-time checks run with `tsc -p tsconfig.json`, the rest here.
 */
import { describe, expect, it } from "vitest";
import { CHANNELS } from "../../../answer/index.js";
import type { AnswerContext } from "../../../answer/context.js";
import type { TicketStats } from "../../../feedback/index.js";
import type { TicketAction, TicketSource, TicketStatus } from "../../../feedback/ticket.js";
import { TOPICS } from "../../../knowledge/index.js";
import type { GapReport as ServerGapReport, PublishFaq as ServerPublishFaq, TicketService } from "../../../staff/index.js";
import { GAP_SIGNALS } from "../../../feedback/gaps/index.js";
import { answerBody } from "./answer-form.js";
import { ACTION_LABELS, CHANNEL_LABELS, GAP_SIGNAL_LABELS, SECTION_FLAG_LABELS, REASON_LABELS, SOURCE_LABELS, STATUS_LABELS, TOPIC_LABELS, label, percent } from "./labels.js";
import type { GapReport, PublishFaq, Stats, TicketDetail, TicketSummary } from "./types.js";

// Every server response fits the console's reading of it.
type Listed = Awaited<ReturnType<TicketService["list"]>>["tickets"][number];
// biome-ignore lint/suspicious/noExportsInTest: a type-level contract, checked by tsc; exported so it counts as used
export const contract = {
  listed: (t: Listed): TicketSummary => t,
  detail: (t: Awaited<ReturnType<TicketService["get"]>>): TicketDetail => t,
  stats: (s: TicketStats): Stats => s,
  status: (s: TicketStatus): keyof typeof STATUS_LABELS => s,
  // What the console sends is what the server accepts (topic is checked against TOPICS at run time).
  faq: (f: PublishFaq): Omit<ServerPublishFaq, "topic"> => f,
  gaps: (r: ServerGapReport): GapReport => r,
};

describe("console labels", () => {
  it("have a Chinese label for every topic, channel, status, source and audit action", () => {
    expect(Object.keys(TOPIC_LABELS).sort()).toEqual([...TOPICS].sort());
    expect(Object.keys(CHANNEL_LABELS).sort()).toEqual([...CHANNELS].sort());
    const statuses: TicketStatus[] = ["open", "claimed", "answered", "closed"];
    const sources: TicketSource[] = ["escalation", "unhelpful", "handoff"];
    const actions: TicketAction[] = ["create", "claim", "answer", "close", "reopen", "deliver", "purge"];
    for (const [labels, codes] of [[STATUS_LABELS, statuses], [SOURCE_LABELS, sources], [ACTION_LABELS, actions]] as const) {
      for (const code of codes) expect(labels[code]).toMatch(/\p{Script=Han}/u);
    }
  });

  it("name every reason the pipeline and the citizen service give", () => {
    type Reason = NonNullable<AnswerContext["escalationReason"]> | "rated_unhelpful" | "handoff";
    const reasons: Reason[] = ["case_specific", "local_specific", "low_confidence", "ungrounded", "mismatch", "policy_changed", "rated_unhelpful", "handoff"];
    expect(Object.keys(REASON_LABELS).sort()).toEqual(reasons.sort());
  });

  it("name every gap signal and section flag", () => {
    expect(Object.keys(GAP_SIGNAL_LABELS).sort()).toEqual([...GAP_SIGNALS].sort());
    expect(Object.keys(SECTION_FLAG_LABELS).sort()).toEqual(["re_asked", "unhelpful"]);
  });

  it("fall back sensibly", () => {
    expect(label(TOPIC_LABELS, "ip")).toBe("知识产权");
    expect(label(TOPIC_LABELS, null)).toBe("未分类");
    expect(label(TOPIC_LABELS, "unknown")).toBe("未分类");
    expect(label(TOPIC_LABELS, "tax")).toBe("tax");
    expect(percent(0.5)).toBe("50%");
    expect(percent(1 / 3)).toBe("33.3%");
  });
});

describe("answerBody (the answer form's request)", () => {
  const base = { answer: "  已为您核实，请补充发票原件。 ", publish: false, question: "q?", phrasings: "a\nb", topic: "ip" };

  it("sends only the answer when 发布为常见问答 is off", () => {
    expect(answerBody(base)).toEqual({ answer: "已为您核实，请补充发票原件。" });
  });

  it("splits phrasings by line and leaves out empty FAQ fields", () => {
    expect(answerBody({ ...base, publish: true, phrasings: " 报销单被退回怎么办 \r\n\n 报销被拒 \n" , question: " ", topic: "" })).toEqual({
      answer: "已为您核实，请补充发票原件。",
      publishFaq: { phrasings: ["报销单被退回怎么办", "报销被拒"] },
    });
    expect(answerBody({ ...base, publish: true }).publishFaq).toEqual({ question: "q?", phrasings: ["a", "b"], topic: "ip" });
  });
});
