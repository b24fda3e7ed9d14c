import type { Passage } from "../knowledge/index.js";
import { articleCitation, sourceLine, toCitation } from "./citation.js";
import type { AnswerContext } from "./context.js";
import type { PipelineDeps } from "./deps.js";
import { extractArticle } from "./extract-article.js";
import { restatedLeadingArticle } from "./leading-article.js";
import type { Citation } from "./types.js";

/**
 * A basis article is quoted only when it holds at least this share of the question (IDF-weighted, in the legal
 * register): below it, the section's 依据 is about another part of what it says.
 */
export const BASIS_MIN_COVERAGE = 0.15;

/**
 * An article chosen among all of a law's (the section names no 依据) must match the question at least this well
 * (its words' share plus half its character pairs' share): below it, no article of the law is about the question.
 */
export const SOURCE_MIN_MATCH = 0.3;

/** Room for the quoted article, on top of the answer's own budget: its sentence about the question, not all of it. */
export const BASIS_QUOTE_CHARS = 160;

export interface BasisQuote {
  /** 依据《社会保险法》第十六条：…, its own line after the answer. */
  line: string;
  citation: Citation;
  source: string;
}

/**
 * When a curated section answers and its 依据 names an imported article, the article that best covers the question is
 * quoted after the answer (at the 款/项 the question is about) and cited first: the official text the answer rests
 * on. Nothing happens without imported laws. The quote is the article's own sentences, so it needs no grounding check.
 */
export function basisQuote(ctx: AnswerContext, deps: PipelineDeps, top: Passage): BasisQuote | null {
  if (top.origin === "imported" || !ctx.query) return null;
  const found = top.basis || top.source ? deps.retriever.basisArticle(ctx.query, top) : undefined;
  // Without a 依据, the retriever's own order among the candidates knows an article of the law best; then its words.
  const ranked = found && !found.named && !found.related ? ctx.candidates.find((c) => c.passage.docId === found.article.docId) : undefined;
  const linked = ranked ? ranked.passage : found && (found.named || found.related || found.score >= SOURCE_MIN_MATCH) ? found.article : undefined;
  // A section linked to no imported law (its 依据 a law not loaded, or none) quotes the article the ranking singles out,
  // when the section restates it.
  const chosen = linked ?? (found ? undefined : restatedLeadingArticle(ctx.articles, top));
  if (!chosen) return null;
  const words = [...ctx.query.words, ...ctx.query.matches.flatMap((m) => m.official)];
  const part = extractArticle(chosen.body, words, BASIS_QUOTE_CHARS);
  const quote = part.sentences.join("");
  if (!quote) return null;
  const article = articleCitation(chosen, part) ?? chosen.heading;
  return {
    line: `${deps.replies.render(found?.related ? "related_quote" : "basis_quote", { article })}${quote}`,
    citation: { ...toCitation(chosen, part), quote: true },
    source: sourceLine(chosen, [], part),
  };
}

/** The citation of the section that answered: after a quoted basis article when there is one (a follow-up continues there). */
export function answeringCitation(ctx: Pick<AnswerContext, "citations" | "quotedFirst">): Citation | undefined {
  return ctx.citations[ctx.quotedFirst ? 1 : 0];
}
