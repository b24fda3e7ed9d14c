import { prepareQuery } from "../../retrieval/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** Enough candidates for the frame alignment to find the section that answers the aspect asked. */
const CANDIDATES = 8;
/** How deep in the ranking imported articles are looked for: curated sections often fill the first candidates. */
const ARTICLE_DEPTH = 60;
/**
 * How many of the best imported articles are kept beside the candidates: a curated answer's quote is chosen among the
 * first, and an article holding the answer form asked among all (align-order.ts).
 */
const ARTICLES = 10;

/**
 * Hybrid retrieval (BM25 + vectors, fused and reranked); confidence follows once frames are aligned.
 * A follow-up read in context is also ranked on its own words: the earlier question's words, added to
 * complete it, otherwise pull it back to the section that answered the last turn (断了一年再交呢 after
 * 连续参保有什么好处 asks about 断缴, which the message alone finds).
 */
export async function retrieve(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  // One ranking (search returns its first k): the candidates, and the best articles wherever they stand in it.
  const ranked = await deps.retriever.search(ctx.query!, ARTICLE_DEPTH);
  ctx.candidates = ranked.slice(0, CANDIDATES);
  ctx.articles = ranked.filter((c) => c.passage.origin === "imported").slice(0, ARTICLES);
  if (ctx.question !== ctx.request.message) {
    ctx.ownCandidates = await deps.retriever.search(prepareQuery(ctx.request.message, deps.lexicon, deps.segmenter), CANDIDATES);
  }
}
