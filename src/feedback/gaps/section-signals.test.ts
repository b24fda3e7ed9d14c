import { describe, expect, it } from "vitest";
import { gapGroups, gapSignals } from "./gap-groups.js";
import { documentSignals, MIN_CITED_TO_FLAG, sectionSignals } from "./section-signals.js";
import { fromDense, type Vector } from "./similarity.js";
import type { Turn } from "./turns.js";

const ref = { docId: "doc-a", title: "文件甲", section: "条目一" };
let n = 0;
const turn = (over: Partial<Turn> = {}): Turn => ({
  id: `t${(n += 1)}`, sessionId: `s${n}`, question: "问题甲", status: "answered", topic: "ip", createdAt: `2026-12-01T00:00:${String(n % 60).padStart(2, "0")}.000Z`,
  confidence: 0.9, reason: null, ticketId: null, sections: [ref], near: null, rating: null, nextQuestion: null, ticketAfter: false, ...over,
});
const vectors = new Map<string, Vector>([
  ["问题甲", fromDense([1, 0, 0])], ["问题甲换个说法", fromDense([0.95, 0.1, 0])], ["问题乙", fromDense([0, 1, 0])], ["问题丙", fromDense([0, 0, 1])],
]);

describe("what counts as a gap", () => {
  it("escalated (not a personal case), barely confident, clarify then silence, and 👎", () => {
    expect(gapSignals(turn({ status: "escalated", reason: "low_confidence" }), 0.45)).toEqual(["escalated"]);
    expect(gapSignals(turn({ status: "escalated", reason: "case_specific" }), 0.45)).toEqual([]);
    expect(gapSignals(turn({ confidence: 0.5 }), 0.45)).toEqual(["low_confidence"]);
    expect(gapSignals(turn({ confidence: 0.6 }), 0.45)).toEqual([]);
    expect(gapSignals(turn({ status: "clarify", nextQuestion: null }), 0.45)).toEqual(["abandoned_clarify"]);
    expect(gapSignals(turn({ status: "clarify", nextQuestion: "职工医保" }), 0.45)).toEqual([]);
    expect(gapSignals(turn({ rating: false, confidence: 0.5 }), 0.45)).toEqual(["low_confidence", "rated_unhelpful"]);
  });

  it("shows a group as addressed by an action on questions that read the same, counting what was answered after it", () => {
    const gaps = [turn({ status: "escalated", reason: "low_confidence", ticketId: "ZC1" }), turn({ question: "问题甲换个说法", rating: false }), turn({ question: "问题乙", status: "escalated" })];
    const later = [turn({ question: "问题甲换个说法", createdAt: "2026-12-03T00:00:00.000Z" }), turn({ question: "问题甲", createdAt: "2026-12-03T00:00:01.000Z", rating: false })];
    const action = { id: 1, groupKey: "other", question: "问题甲", phrasings: [], action: "faq" as const, faqId: "faq-1", reviewId: null, actor: "王", at: "2026-12-02T00:00:00.000Z" };
    const groups = gapGroups({ gaps: gaps.map((t) => ({ turn: t, signals: gapSignals(t, 0.45) })), turns: [...gaps, ...later], tickets: [], actions: [action], vectors });
    const a = groups.find((g) => g.phrasings.includes("问题甲"))!;
    expect(a).toMatchObject({ count: 2, ticketIds: ["ZC1"], signals: { escalated: 1, rated_unhelpful: 1 }, section: ref });
    expect(a.addressed).toMatchObject({ action: "faq", faqId: "faq-1", after: { asked: 2, answered: 1 } });
    expect(groups.find((g) => g.phrasings.includes("问题乙"))!.addressed).toBeNull();
    expect(groups[0]!.addressed).toBeNull(); // open groups first
  });
});

describe("sectionSignals", () => {
  it("flags a section often rated 👎, but not on one or two ratings", () => {
    const few = sectionSignals([turn({ rating: false }), turn({ rating: false })], vectors, () => false);
    expect(few[0]).toMatchObject({ cited: 2, unhelpful: 2, flags: [] });
    const many = sectionSignals([turn({ rating: false }), turn({ rating: false }), turn({ rating: true }), turn({ rating: true }), turn({ rating: true })], vectors, () => true);
    expect(many[0]).toMatchObject({ unhelpful: 2, helpful: 3, unhelpfulRate: 0.4, flags: ["unhelpful"], underReview: true });
  });

  it("flags a section whose answers are asked again in other words or followed by a ticket, counting each answer once", () => {
    const turns = [
      turn({ nextQuestion: "问题甲换个说法", ticketAfter: true }), turn({ nextQuestion: "问题丙" }), turn(), turn(),
    ];
    expect(turns.length).toBe(MIN_CITED_TO_FLAG);
    const [signal] = sectionSignals(turns, vectors, () => false);
    expect(signal).toMatchObject({ cited: 4, reAsked: 1, escalatedAfter: 1, reAskRate: 0.25, flags: ["re_asked"] });
    // A different next question is not a re-ask, and unanswered turns cite nothing.
    expect(sectionSignals([turn({ nextQuestion: "问题丙" }), turn({ status: "escalated" })], vectors, () => false)[0]).toMatchObject({ cited: 1, reAsked: 0 });
  });

  it("sums the sections of a document", () => {
    const other = { ...ref, section: "条目二" };
    const sections = sectionSignals([turn({ rating: true }), turn({ sections: [other], rating: false }), turn({ sections: [{ ...ref, docId: "doc-b" }] })], vectors, () => false);
    expect(documentSignals(sections)).toEqual([
      expect.objectContaining({ docId: "doc-a", cited: 2, helpful: 1, unhelpful: 1, flaggedSections: 0 }),
      expect.objectContaining({ docId: "doc-b", cited: 1 }),
    ]);
  });
});
