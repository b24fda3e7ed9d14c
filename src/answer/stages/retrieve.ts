import { estimateConfidence } from "../confidence.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

const CANDIDATES = 5;

/** Hybrid retrieval (BM25 + vectors, fused and reranked) and the confidence it supports. */
export async function retrieve(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  ctx.candidates = await deps.retriever.search(ctx.query!, CANDIDATES);
  ctx.confidence = estimateConfidence(ctx.candidates);
  ctx.topic = ctx.candidates[0]?.passage.topic ?? null;
}
