import type { Assistant } from "../app/create-assistant.js";
import type { FaqPublisher } from "./ticket-service.js";
import {
  createGapRepository, documentSignals, gapGroups, gapSignals, groupKey, sectionSignals, vectorsFor,
  type GapGroup, type GapRepository, type Period, type Represent, type ReviewMark, type SectionSignal, type DocumentSignal,
} from "../feedback/gaps/index.js";
import type { Topic } from "../knowledge/index.js";
import { questionVectors } from "./question-vectors.js";
import { TicketError } from "./ticket-error.js";

export interface GapReport {
  from: string;
  to: string;
  /** Questions of the period read (capped at MAX_TURNS, newest first). */
  questions: number;
  groups: GapGroup[];
  sections: SectionSignal[];
  /** The sections' signals summed per document. */
  documents: DocumentSignal[];
  reviews: ReviewMark[];
}

/** The publish-as-FAQ flow (the FaqPublisher port): writes the entry, adds it to the running index, tells other instances, returns its id. */
export type PublishFaqEntry = (entry: { question: string; phrasings: string[]; answer: string; topic: Topic; staff: string; ticketId?: string }) => Promise<string>;

export interface GapServiceDeps {
  repository: GapRepository;
  represent: Represent;
  publishFaq: PublishFaqEntry;
  /** Whether a document id names a loaded knowledge document. */
  knowsDocument(docId: string): boolean;
  answerMinConfidence: number;
  now?: () => Date;
}

export interface GroupRef {
  /** The group's representative question and its phrasings, as the report gave them. */
  question: string;
  phrasings: string[];
}

/** Day bounds (YYYY-MM-DD, both inclusive) as the ISO timestamps the log stores. */
export function periodOf(from: string, to: string): Period {
  const end = new Date(`${to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: `${from}T00:00:00.000Z`, to: end.toISOString() };
}

/** The gap report and what staff do from it: draft a FAQ, or mark a document for review. */
export function createGapService(deps: GapServiceDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async report(from: string, to: string): Promise<GapReport> {
      const period = periodOf(from, to);
      const [turns, tickets, actions, reviews] = await Promise.all([
        deps.repository.turns(period), deps.repository.tickets(period), deps.repository.actions(), deps.repository.openReviews(),
      ]);
      const texts = [
        ...turns.flatMap((t) => (t.nextQuestion ? [t.question, t.nextQuestion] : [t.question])),
        ...actions.flatMap((a) => [a.question, ...a.phrasings]),
      ];
      const vectors = await vectorsFor(texts, deps.represent);
      const gaps = turns.map((turn) => ({ turn, signals: gapSignals(turn, deps.answerMinConfidence) })).filter((g) => g.signals.length > 0);
      const reviewed = new Set(reviews.map((r) => r.docId));
      const sections = sectionSignals(turns, vectors, (docId) => reviewed.has(docId));
      return {
        from, to,
        questions: turns.length,
        groups: gapGroups({ gaps, turns, tickets, actions, vectors }),
        sections,
        documents: documentSignals(sections),
        reviews,
      };
    },

    /** Publishes the staff answer as a FAQ with the group's phrasings as 常见问法; the group is addressed. */
    async draftFaq(group: GroupRef, faq: { answer: string; topic: Topic; question?: string; ticketId?: string }, staff: string) {
      const question = faq.question ?? group.question;
      const faqId = await deps.publishFaq({
        question, phrasings: group.phrasings.filter((p) => p !== question), answer: faq.answer, topic: faq.topic, staff, ...(faq.ticketId ? { ticketId: faq.ticketId } : {}),
      });
      await deps.repository.recordAction({
        groupKey: groupKey(group.question), question: group.question, phrasings: group.phrasings, action: "faq", faqId, reviewId: null, actor: staff, at: now().toISOString(),
      });
      return { faqId };
    },

    /** Marks a knowledge document (or one section) for review; the group is addressed. */
    async markForReview(group: GroupRef, mark: { docId: string; section?: string; note?: string }, staff: string) {
      if (!deps.knowsDocument(mark.docId)) throw new TicketError("not_found", "没有找到这个知识文档。");
      const at = now().toISOString();
      const reviewId = await deps.repository.markForReview(
        { docId: mark.docId, section: mark.section ?? null, note: mark.note ?? null, question: group.question, markedBy: staff, markedAt: at },
        { groupKey: groupKey(group.question), question: group.question, phrasings: group.phrasings, actor: staff, at },
      );
      return { reviewId };
    },
  };
}

export type GapService = ReturnType<typeof createGapService>;

/** The gap service on the running assistant: its database, its index's embeddings, the FAQ publisher (which also tells other instances). */
export function gapServiceOf(assistant: Assistant, publisher: FaqPublisher): GapService {
  return createGapService({
    repository: createGapRepository(assistant.storage.driver, () => assistant.storage.answers.flush()),
    represent: questionVectors(assistant),
    publishFaq: (entry) => publisher.publish(entry),
    knowsDocument: (docId) => [...assistant.index.passages.values()].some((p) => p.docId === docId),
    answerMinConfidence: assistant.config.routing.answerMinConfidence,
  });
}
