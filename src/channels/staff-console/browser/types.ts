/**
 * The staff API's responses as the console reads them (browser-side copy of the contract).
 * types.test.ts checks at compile time that the server's types still fit these.
 */
export type TicketStatus = "open" | "claimed" | "answered" | "closed";

export interface SearchResult {
  docId: string;
  title: string;
  section: string;
  topic: string;
  score: number;
  snippet: string;
  issuer: string;
  docNo?: string;
  source?: string;
  url?: string;
  effective: string;
  sourceLine: string;
}

export interface SearchResponse {
  terms: string[];
  results: SearchResult[];
}

export interface TicketSummary {
  id: string;
  status: TicketStatus;
  question: string;
  topic: string | null;
  channel: string;
  source: string;
  reason: string;
  createdAt: string;
  updatedAt: string;
  claimedBy: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  faqId: string | null;
}

export interface AuditEntry {
  action: string;
  actor: string;
  at: string;
  detail: string | null;
}

export interface TicketDetail extends TicketSummary {
  audit: AuditEntry[];
}

export interface TicketPage {
  tickets: TicketSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TicketFilter {
  status?: string;
  topic?: string;
  channel?: string;
  page: number;
  pageSize: number;
}

export interface PublishFaq {
  question?: string;
  phrasings: string[];
  topic?: string;
}

export interface AnswerBody {
  answer: string;
  publishFaq?: PublishFaq;
}

/** GET /api/staff/stats: the server's own type. */
export type { TicketStats as Stats } from "../../../feedback/ticket-stats.js";

/** GET /api/staff/gaps (types.test.ts checks the server's GapReport fits). */
export interface SectionRef {
  docId: string;
  title: string;
  section: string;
}

export interface GapGroup {
  key: string;
  question: string;
  count: number;
  sessions: number;
  examples: string[];
  phrasings: string[];
  topic: string | null;
  signals: Record<"escalated" | "low_confidence" | "abandoned_clarify" | "rated_unhelpful", number>;
  section: SectionRef | null;
  ticketIds: string[];
  firstAsked: string;
  lastAsked: string;
  addressed: {
    action: "faq" | "review";
    at: string;
    by: string;
    faqId: string | null;
    reviewId: number | null;
    after: { asked: number; answered: number };
  } | null;
}

export interface SectionSignal extends SectionRef {
  cited: number;
  helpful: number;
  unhelpful: number;
  escalatedAfter: number;
  reAsked: number;
  unhelpfulRate: number | null;
  reAskRate: number;
  flags: ("unhelpful" | "re_asked")[];
  underReview: boolean;
}

export interface DocumentSignal {
  docId: string;
  title: string;
  cited: number;
  helpful: number;
  unhelpful: number;
  escalatedAfter: number;
  reAsked: number;
  flaggedSections: number;
  underReview: boolean;
}

export interface GapReport {
  from: string;
  to: string;
  questions: number;
  groups: GapGroup[];
  sections: SectionSignal[];
  documents: DocumentSignal[];
  reviews: { id: number; docId: string; section: string | null; note: string | null; markedBy: string; markedAt: string }[];
}

export interface GroupRef {
  question: string;
  phrasings: string[];
}
