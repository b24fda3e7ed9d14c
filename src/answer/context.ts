import type { Topic } from "../knowledge/index.js";
import type { Candidate, PreparedQuery } from "../retrieval/index.js";
import type { ChatRequest, ChatStatus, Citation } from "./types.js";

/** The state one question carries through the pipeline stages. */
export interface AnswerContext {
  request: ChatRequest;
  /** The question actually answered: the message, or the earlier question plus a clarification. */
  question: string;
  query: PreparedQuery | null;
  inDomain: boolean;
  /** About one person's own case, or one place's own figures: staff must look it up. */
  needsStaff: "case_specific" | "local_specific" | null;
  candidates: Candidate[];
  confidence: number;
  topic: Topic | null;
  status: ChatStatus | null;
  /** Why a question is escalated, kept on the ticket for staff. */
  escalationReason: "case_specific" | "local_specific" | "low_confidence" | "ungrounded" | "policy_changed" | null;
  answer: string;
  /** Canned notices put before the answer (validity warnings): not answer text, so check skips them. */
  notices: string[];
  citations: Citation[];
  suggestions: string[];
  /** Set by a stage that has decided the reply; later stages do not run. */
  finished: boolean;
}

export function createContext(request: ChatRequest): AnswerContext {
  return {
    request,
    question: request.message,
    query: null,
    inDomain: false,
    needsStaff: null,
    candidates: [],
    confidence: 0,
    topic: null,
    status: null,
    escalationReason: null,
    answer: "",
    notices: [],
    citations: [],
    suggestions: [],
    finished: false,
  };
}

/** Ends the pipeline with a status and a reply. */
export function finish(ctx: AnswerContext, status: ChatStatus, answer: string): void {
  ctx.status = status;
  ctx.answer = answer;
  ctx.finished = true;
}
