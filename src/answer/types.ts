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
  url?: string;
  /** An imported section cited as an article: 《专利法》第七十一条 (第二款). */
  article?: string;
  /** The official article a curated section names as its basis. */
  basis?: string;
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
