import type { Topic } from "../knowledge/schema.js"; // schema only: browser code imports these types too

export const CHANNELS = ["web", "wechat", "hotline", "api"] as const;
export type Channel = (typeof CHANNELS)[number];
export type ChatStatus = "answered" | "clarify" | "escalated" | "out_of_scope";

export interface ChatRequest {
  message: string;
  sessionId: string;
  channel: Channel;
  /** A retried request with the same key creates no second ticket (Idempotency-Key, WeChat MsgId). */
  idempotencyKey?: string;
  /** Where a staff answer can be pushed later (the WeChat OpenID). */
  replyTo?: string;
  /**
   * The server issued this session id for this very request: it has no earlier turn and no ticket yet,
   * so neither is looked up (two store reads fewer for a citizen's first question).
   */
  newSession?: boolean;
}

/** A staff answer to one of the session's earlier tickets, shown at the next message. */
export interface StaffAnswer {
  ticketId: string;
  question: string;
  answer: string;
}

export interface Citation {
  docId: string;
  title: string;
  section: string;
  issuer: string;
  docNo?: string;
  /** The official text (gov.cn policy library, a ministry's site, flk.npc.gov.cn): the 查看原文 link. */
  url?: string;
  /** An imported section cited as an article: 《专利法》第七十一条 (第二款). */
  article?: string;
  /** The provision of the source the section rests on: 第四十二条, 二、（三）. */
  basis?: string;
  /** The official article quoted as the answer's 依据 (basis-quote.ts): cited before the section that answered. */
  quote?: true;
  snippet: string;
}

/** The /api/chat response body (the contract channels and outside clients are built on). */
export interface ChatResponse {
  sessionId: string;
  /** Identifies this answer for feedback (POST /api/feedback). */
  answerId: string;
  status: ChatStatus;
  answer: string;
  topic: Topic | null;
  confidence: number;
  citations: Citation[];
  ticketId?: string;
  suggestions?: string[];
  staffAnswers?: StaffAnswer[];
}
