import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../app/testing.js";
import { freshPostgresSchema, postgresAvailable } from "../postgres-testing.js";
import { openFeedbackStorage, type FeedbackStorage } from "../storage.js";
import { createGapRepository, type GapRepository } from "./gap-repository.js";

const backends = [
  { name: "SQLite", url: async () => undefined },
  { name: "PostgreSQL", url: async () => (await freshPostgresSchema())! },
];

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const period = () => ({ from: ago(3600), to: ago(-60) });

describe.each(backends)("the gap repository on $name (migration 6: knowledge_reviews, gap_actions)", ({ name, url }) => {
  const skip = name === "PostgreSQL" && !postgresAvailable;
  let storage: FeedbackStorage;
  let repo: GapRepository;
  beforeAll(async () => {
    if (skip) return;
    storage = await openFeedbackStorage({ dataDir: tempDir(), databaseUrl: await url() });
    repo = createGapRepository(storage.driver);
  });
  afterAll(async () => {
    if (!skip) await storage.close();
  });

  it.skipIf(skip)("reads turns with their rating, the session's next question, a later ticket and the logged sections", async () => {
    const section = { docId: "medical-insurance-yidi", title: "异地就医", section: "直接结算" };
    await storage.answers.record({
      id: "a1", sessionId: "s1", channel: "web", question: "外省住院能直接结算吗，电话13812345678", status: "answered", topic: "medical-insurance",
      createdAt: ago(120), context: { confidence: 0.5, reason: null, ticketId: null, sections: [section], near: null },
    });
    await storage.answers.record({ id: "a2", sessionId: "s1", channel: "web", question: "那异地住院怎么结算", status: "clarify", topic: null, createdAt: ago(60) });
    await storage.answers.record({ id: "a3", sessionId: "s2", channel: "web", question: "很久以前的问题", status: "answered", topic: null, createdAt: ago(7200) });
    await storage.answers.rate({ answerId: "a1", sessionId: "s1", helpful: false });
    await storage.tickets.create({ sessionId: "s1", channel: "web", source: "unhelpful", question: "外省住院能直接结算吗", topic: null, reason: "rated_unhelpful", candidates: [] });

    const turns = await repo.turns(period());
    expect(turns.map((t) => t.id)).toEqual(["a1", "a2"]); // a3 is outside the period
    expect(turns[0]).toMatchObject({ rating: false, nextQuestion: "那异地住院怎么结算", ticketAfter: true, confidence: 0.5, sections: [section] });
    expect(turns[0]!.question).not.toContain("12345678"); // stored masked
    // A turn logged without the report's context reads as empty, not as an error.
    // The ticket came after this turn too; logged without the report's context, it reads as empty.
    expect(turns[1]).toMatchObject({ rating: null, nextQuestion: null, ticketAfter: true, sections: [], near: null, reason: null });
    expect((await repo.tickets(period())).map((t) => t.reason)).toEqual(["rated_unhelpful"]);
  });

  it.skipIf(skip)("stores a review mark with the group it addresses, and FAQ actions", async () => {
    const group = { groupKey: "k1", question: "公积金能交物业费吗", phrasings: ["公积金能交物业费吗", "物业费能用公积金付吗"], actor: "王", at: ago(10) };
    const reviewId = await repo.markForReview(
      { docId: "social-security-gjj", section: "提取", note: "缺物业费", question: group.question, markedBy: "王", markedAt: group.at },
      group,
    );
    await repo.recordAction({ ...group, groupKey: "k2", action: "faq", faqId: "faq-1", reviewId: null, at: ago(5) });
    expect(await repo.openReviews()).toEqual([
      { id: reviewId, docId: "social-security-gjj", section: "提取", note: "缺物业费", question: group.question, markedBy: "王", markedAt: group.at },
    ]);
    const actions = await repo.actions();
    expect(actions.map((a) => [a.action, a.groupKey, a.reviewId, a.faqId])).toEqual([["review", "k1", reviewId, null], ["faq", "k2", null, "faq-1"]]);
    expect(actions[0]!.phrasings).toEqual(group.phrasings);
  });
});
