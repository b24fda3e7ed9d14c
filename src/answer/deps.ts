import type { Config } from "../config/index.js";
import type { AnswerLog, TicketRepository } from "../feedback/index.js";
import type { HybridRetriever } from "../retrieval/index.js";
import type { Lexicon, Segmenter } from "../text/index.js";
import type { Replies } from "./replies.js";
import type { RoutingRules } from "./routing-rules.js";

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
  tickets: TicketRepository;
  answers: AnswerLog;
  /** Today, for validity checks (tests set a fixed day). */
  clock?: () => Date;
}
