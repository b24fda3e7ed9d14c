import { toCitation, sourceLine } from "../citation.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { extractSentences } from "../extract.js";
import { candidateHeadings } from "./route.js";

/** Extractive answer from the best passage: whole sentences only, then its source line. */
export function compose(ctx: AnswerContext, deps: PipelineDeps): void {
  const top = ctx.candidates[0]!.passage;
  const sentences = extractSentences(top.body, ctx.query!.words, deps.routing.answerMaxChars);
  const parts: string[] = [];
  if (top.status === "outdated") parts.push(deps.replies.render("outdated"));
  parts.push(sentences.join(""));
  if (top.body.includes("以当地") && !parts.some((p) => p.includes("以当地"))) {
    parts.push(deps.replies.render("local_variation"));
  }
  ctx.answer = `${parts.join("")}\n${sourceLine(top)}`;
  ctx.citations = [toCitation(top)];
  ctx.suggestions = candidateHeadings(ctx, 3, 1).filter((h) => h !== top.heading);
  ctx.status = "answered";
}
