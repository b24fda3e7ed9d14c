import type { Config } from "../config/index.js";
import type { LanguageModel, LlmPrompts, LlmStats } from "../llm/index.js";
import type { HybridRetriever } from "../retrieval/index.js";
import type { Lexicon, Segmenter } from "../text/index.js";
import type { FrameVocabulary, IntentClassifier, PreviousTurn, SectionFrames } from "../understanding/index.js";
import type { Replies } from "./replies.js";
import type { RoutingRules } from "./routing-rules.js";

/** Reads what a session said last; the pipeline never writes (the recorder does). */
export interface SessionMemory {
  lastTurn(sessionId: string): Promise<PreviousTurn | null>;
}

/** What understanding a question needs: vocabularies and models built once at start-up. */
export interface Understanding {
  vocabulary: FrameVocabulary;
  sections: SectionFrames;
  intents: IntentClassifier;
}

/** The optional language model: condenses follow-ups, and in `answer` mode drafts the answer too. */
export interface LlmDeps {
  mode: "condense" | "answer";
  model: LanguageModel;
  prompts: LlmPrompts;
  stats: LlmStats;
  /** All of one question's calls together wait at most this long. */
  timeoutMs: number;
}

/** Everything the pipeline stages need, built once by the composition root. */
export interface PipelineDeps {
  retriever: HybridRetriever;
  lexicon: Lexicon;
  segmenter: Segmenter;
  rules: RoutingRules;
  replies: Replies;
  /** Policy terms from the jieba user dictionary: their presence marks a question as in-domain. */
  domainTerms: ReadonlySet<string>;
  routing: Config["routing"];
  sessions: SessionMemory;
  understanding: Understanding;
  /** Absent (LLM_MODE=off): the pipeline never calls a model. */
  llm?: LlmDeps;
  /** The deployment's region (LOCALE): answers from its own regulations need not say whose they are. */
  locale?: string;
  /** Today, for validity checks (tests set a fixed day). */
  clock?: () => Date;
}
