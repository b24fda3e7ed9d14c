import { prepareQuery } from "../../retrieval/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** Enough candidates for the frame alignment to find the section that answers the aspect asked. */
const CANDIDATES = 8;

/**
 * Hybrid retrieval (BM25 + vectors, fused and reranked); confidence follows once frames are aligned.
 * A follow-up read in context is also ranked on its own words: the earlier question's words, added to
 * complete it, otherwise pull it back to the section that answered the last turn (断了一年再交呢 after
 * 连续参保有什么好处 asks about 断缴, which the message alone finds).
 */
export async function retrieve(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  ctx.candidates = await deps.retriever.search(ctx.query!, CANDIDATES);
  if (ctx.question !== ctx.request.message) {
    ctx.ownCandidates = await deps.retriever.search(prepareQuery(ctx.request.message, deps.lexicon, deps.segmenter), CANDIDATES);
  }
}
