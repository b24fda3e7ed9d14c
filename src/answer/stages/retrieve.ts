import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** Enough candidates for the frame alignment to find the section that answers the aspect asked. */
const CANDIDATES = 8;

/** Hybrid retrieval (BM25 + vectors, fused and reranked); confidence follows once frames are aligned. */
export async function retrieve(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  ctx.candidates = await deps.retriever.search(ctx.query!, CANDIDATES);
}
