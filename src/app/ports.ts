import type { ChatRequest, ChatResponse, Replies } from "../answer/index.js";
import type { Ticket } from "../feedback/index.js";
import { installFaqDocument, renderFaqEntry, type FaqDocument, type Passage } from "../knowledge/index.js";
import type { Metrics } from "../ops/metrics.js";
import type { Logger } from "../ops/logger.js";
import type { Candidate } from "../retrieval/index.js";
import { createCitizenService, createTicketService, gapServiceOf, type CitizenService, type FaqPublisher, type GapService, type TicketService } from "../staff/index.js";
import { transparencyServiceOf, type TransparencyService } from "../transparency/index.js";
import type { Assistant } from "./create-assistant.js";

/** Answers a question and records the turn (chat, WeChat). */
export interface Answerer {
  answer(request: ChatRequest): Promise<ChatResponse>;
}

/** POST /api/chat/stream: the answer with the model's drafts as they are written (LLM_MODE=answer only). */
export interface Streamer {
  enabled: boolean;
  answer(request: ChatRequest, options: { onDraft: (text: string) => void }): Promise<ChatResponse>;
}

/** Staff search: the question's words to highlight and the best passages. */
export interface SearchService {
  search(text: string, k: number): Promise<{ terms: string[]; results: Candidate[] }>;
}

/** The whole text of one section. */
export interface PassageReader {
  find(docId: string, section: string): Passage | undefined;
}

/** Adds a FAQ document published elsewhere to this instance (file, running index); false when already known. */
export type FaqReceiver = (doc: FaqDocument) => Promise<boolean>;

/** The narrow ports the HTTP routes and channels use, built once when the assistant is ready. */
export interface AppPorts {
  answerer: Answerer;
  search: SearchService;
  passages: PassageReader;
  citizens: CitizenService;
  staff: TicketService;
  /** The knowledge-gap report and its actions (draft a FAQ, mark a document for review). */
  gaps: GapService;
  /** The public 公开 figures; null when TRANSPARENCY=off. */
  transparency: TransparencyService | null;
  streamer: Streamer;
  replies: Replies;
  /** WeChat's 查询 + 工单号: one ticket by number, and where its wording is (prompts/). */
  ticketLookup: { tickets: { get(id: string): Promise<Ticket | null> }; config: { promptsDir: string } };
  receiveFaq: FaqReceiver;
  queueDepth(): Promise<{ open: number; claimed: number }>;
  indexSections(): number;
}

export interface PortOptions {
  metrics?: Metrics;
  log?: Logger;
  onAnswered?: (ticket: Ticket) => Promise<void>;
  /** Tells other instances and workers about a FAQ published here. */
  announceFaq?: (doc: FaqDocument) => Promise<void>;
}

/** Serialises index additions, so two announcements of one FAQ cannot both add it. */
function faqPorts(assistant: Assistant, options: PortOptions): { publisher: FaqPublisher; receive: FaqReceiver } {
  const { index, config } = assistant;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined); // the caller gets the error; the queue goes on
    return next;
  };
  return {
    publisher: {
      publish: (entry) =>
        serial(async () => {
          const doc = renderFaqEntry(entry);
          const passages = installFaqDocument(config.knowledgeDir, doc);
          await index.addPassages(passages);
          await options.announceFaq?.(doc).catch((error: unknown) => options.log?.error({ err: error, file: doc.file }, "announcing a published FAQ failed; other instances get it at their next start"));
          return passages[0]!.docId;
        }),
    },
    receive: (doc) =>
      serial(async () => {
        const passages = installFaqDocument(config.knowledgeDir, doc).filter((p) => !index.passages.has(p.id));
        if (passages.length === 0) return false;
        await index.addPassages(passages);
        options.metrics?.observeFaqReceived();
        return true;
      }),
  };
}

/** Builds the ports once from the assistant; answers and tickets are counted in the metrics. */
export function createPorts(assistant: Assistant, options: PortOptions = {}): AppPorts {
  const { metrics } = options;
  const { tickets, answers } = assistant.storage;
  const faq = faqPorts(assistant, options);
  const citizens = createCitizenService({ tickets, answers, replies: assistant.replies });
  const counted = (response: ChatResponse) => {
    metrics?.observeAnswer(response.status, response.topic);
    if (response.ticketId) metrics?.observeEscalation("answer");
    return response;
  };
  return {
    answerer: { answer: async (request) => counted(await assistant.answer(request)) },
    streamer: {
      enabled: assistant.llm?.mode === "answer",
      answer: async (request, { onDraft }) => counted(await assistant.answer(request, { onDraft })),
    },
    search: {
      async search(text, k) {
        const query = assistant.prepare(text);
        const results = await assistant.retriever.search(query, k);
        // The words to highlight: the question's own words and the official terms they map to.
        const terms = [...new Set([...query.words, ...query.matches.flatMap((m) => m.official)])].filter((t) => t.length > 1);
        return { terms, results };
      },
    },
    passages: {
      // The running index: published FAQ entries included.
      find(docId, section) {
        for (const p of assistant.index.passages.values()) if (p.docId === docId && p.heading === section) return p;
        return undefined;
      },
    },
    citizens: {
      ...citizens,
      async rate(input) {
        const rated = await citizens.rate(input);
        if (rated.ticketId) metrics?.observeEscalation("unhelpful");
        return rated;
      },
      async handoff(input) {
        const handed = await citizens.handoff(input);
        metrics?.observeEscalation("handoff");
        return handed;
      },
    },
    staff: createTicketService({ tickets, stats: () => assistant.storage.stats(), faq: faq.publisher, onAnswered: options.onAnswered, log: options.log }),
    gaps: gapServiceOf(assistant, faq.publisher),
    transparency: assistant.config.transparency.enabled ? transparencyServiceOf(assistant) : null,
    replies: assistant.replies,
    ticketLookup: { tickets: { get: (id) => tickets.get(id) }, config: { promptsDir: assistant.config.promptsDir } },
    receiveFaq: faq.receive,
    async queueDepth() {
      const [open, claimed] = await Promise.all([tickets.list({ status: "open", limit: 1 }), tickets.list({ status: "claimed", limit: 1 })]);
      return { open: open.total, claimed: claimed.total };
    },
    indexSections: () => assistant.index.passages.size,
  };
}
