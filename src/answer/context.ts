import type { Topic } from "../knowledge/index.js";
import type { Candidate, PreparedQuery } from "../retrieval/index.js";
import type { FrameAgreement, IntentScores, PreviousTurn, QuestionFrame } from "../understanding/index.js";
import type { LlmOutcome } from "../llm/index.js";
import type { ChatRequest, ChatStatus, Citation } from "./types.js";
import { normalizeText } from "../text/index.js";
import { EMPTY_FRAME } from "../understanding/index.js";

export type EscalationReason = "case_specific" | "local_specific" | "low_confidence" | "ungrounded" | "mismatch" | "policy_changed";

/** The state one question carries through the pipeline stages. */
export interface AnswerContext {
  request: ChatRequest;
  /** The message as the text layer reads it (normalizeText), made once for every stage that reads the message itself. */
  message: string;
  /** The question actually answered: the message, or the message completed with the conversation's context. */
  question: string;
  /** The session's previous turn, if any (read once by the contextualize stage). */
  previous: PreviousTurn | null;
  /** What the question asks and about whom (of `question`, after context is added). */
  frame: QuestionFrame;
  /** Set when context was inherited: what the answer says it took the question to be about. */
  about: string | null;
  /** The intent classifier's view of the message. */
  intent: IntentScores | null;
  query: PreparedQuery | null;
  inDomain: boolean;
  /** About one person's own case, or one place's own figures: staff must look it up. */
  needsStaff: "case_specific" | "local_specific" | null;
  candidates: Candidate[];
  /** The best imported articles of the ranking, beside the candidates that curated sections may fill (see retrieve). */
  articles: Candidate[];
  /** The heading of the last answer's section when the message only adds the asker's situation to it (我交了8年). */
  continuesSection: string | null;
  /** A follow-up read in context: the message's own ranking, read alone (see align). */
  ownCandidates: Candidate[];
  confidence: number;
  /** How the best section's frame agrees with the question's (set by the align stage). */
  agreement: FrameAgreement | null;
  /** The best section is for another policy object, or the question's object is covered nowhere. */
  mismatch: boolean;
  topic: Topic | null;
  status: ChatStatus | null;
  /** Why a question is escalated, kept on the ticket for staff. */
  escalationReason: EscalationReason | null;
  answer: string;
  /** Canned notices put before the answer (validity warnings): not answer text, so check skips them. */
  notices: string[];
  citations: Citation[];
  /** The first citation is a curated answer's quoted basis article (basis-quote.ts), not the section that answered. */
  quotedFirst: boolean;
  suggestions: string[];
  /** The policy objects the cited sections speak of (set by compose): what a follow-up's 这个证 can mean. */
  answerObjects: string[];
  /** Set by a stage that has decided the reply; later deciding stages do not run. */
  finished: boolean;
  /** What the language model's calls came to (null: not called); `deadline` bounds all its calls for this question. */
  llm: { condense: LlmOutcome | null; answer: LlmOutcome | null; deadline: number | null };
  /** Receives the model's answer as it is written (streaming); the checked answer may still replace it. */
  onDraft: ((text: string) => void) | null;
}

export function createContext(request: ChatRequest): AnswerContext {
  return {
    request,
    message: normalizeText(request.message),
    question: request.message,
    previous: null,
    frame: EMPTY_FRAME,
    about: null,
    continuesSection: null,
    intent: null,
    query: null,
    inDomain: false,
    needsStaff: null,
    candidates: [],
    articles: [],
    ownCandidates: [],
    confidence: 0,
    agreement: null,
    mismatch: false,
    topic: null,
    status: null,
    escalationReason: null,
    answer: "",
    notices: [],
    citations: [],
    quotedFirst: false,
    suggestions: [],
    answerObjects: [],
    finished: false,
    llm: { condense: null, answer: null, deadline: null },
    onDraft: null,
  };
}

/** Ends the pipeline with a status and a reply. */
export function finish(ctx: AnswerContext, status: ChatStatus, answer: string): void {
  ctx.status = status;
  ctx.answer = answer;
  ctx.finished = true;
}
