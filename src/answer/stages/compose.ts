import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { frameAgreement } from "../../understanding/index.js";
import { basisQuote } from "../basis-quote.js";
import { toCitation, sourceLine } from "../citation.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { extractSentences } from "../extract.js";
import { extractArticle } from "../extract-article.js";
import { isRawArticle } from "../raw-article.js";
import { nextQuestions } from "./next-questions.js";

/** Below this many characters of room a companion section would be cut to nothing useful. */
const COMPANION_MIN_CHARS = 40;

/**
 * Two sections of different documents this close are a tie the ranking cannot break: on the dev and retired
 * sets, 11 of 17 answers from one side of such a tie (within 0.04) lacked the fact asked for. Both are quoted, the
 * second under its own heading and source line. Session 19 widened it from 0.04 to 0.2 (with the same-document margin
 * 0.12 → 0.3): with the grounding fix in check.ts (a notice-ended sentence ran into the next section), 49 more items and
 * turns of the retired and tuning sets right and one lost; another document's section now comes with 14% of the
 * answers to the dev and tuning-y questions (4% before).
 */
export const CROSS_DOCUMENT_MARGIN = 0.2;

/** The words that introduce a companion from another document (and that the grounding check sets aside). */
export function alsoFrom(deps: Pick<PipelineDeps, "replies">, passage: Pick<Passage, "heading" | "article">): string {
  // An article of another law is named with its law (《山东省养老服务条例》第十五条), not as a bare 第十五条.
  return deps.replies.render("also_from", { heading: passage.article ? `《${passage.article.law}》${passage.heading}` : passage.heading });
}

/**
 * When two sections of one document match almost equally, the question likely spans both; a section of another
 * document only in a near tie, and never one about another object than the question's (商标 priority beside a
 * question on 发明专利 priority).
 */
function companionOf(ctx: AnswerContext, deps: PipelineDeps): Candidate | null {
  const [best, next] = ctx.candidates;
  if (!best || !next) return null;
  if (next.passage.docId === best.passage.docId) return best.score - next.score < deps.routing.companionMargin ? next : null;
  const { sections, vocabulary } = deps.understanding;
  // Only what the message names itself: an object carried over from the last turn may be the narrower one (外观设计).
  const said = ctx.message;
  const own = { ...ctx.frame, entities: ctx.frame.entities.filter((e) => said.includes(e.span)) };
  const conflicting = frameAgreement(own, sections.of(next.passage), vocabulary).objectConflict;
  return best.score - next.score < CROSS_DOCUMENT_MARGIN && !conflicting ? next : null;
}

/** Extractive answer from the best passage (and a close sibling): whole sentences only, then the sources. */
export function compose(ctx: AnswerContext, deps: PipelineDeps): void {
  const top = ctx.candidates[0]!.passage;
  const words = ctx.query!.words;
  const budget = deps.routing.answerMaxChars;
  const companion = companionOf(ctx, deps)?.passage;
  const form = ctx.frame.expects;
  const holdsAnswer = form ? (sentence: string) => deps.understanding.vocabulary.forms.holds(form, sentence) : undefined;
  const mainBudget = companion ? Math.min(budget, Math.max(top.body.length, budget * 0.6)) : budget;
  // A raw article is quoted at the 款/项 the question is about (and cited there), not from its first sentence.
  const part = isRawArticle(top) ? extractArticle(top.body, [...words, ...ctx.query!.matches.flatMap((m) => m.official)], mainBudget) : null;
  const mainText = (part?.sentences ?? extractSentences(top.body, words, mainBudget, holdsAnswer)).join("");
  const room = budget - mainText.length;
  const extraText = companion && room >= COMPANION_MIN_CHARS ? extractSentences(companion.body, words, room, holdsAnswer).join("") : "";
  const parts: string[] = [];
  // A follow-up read in context says what it was taken to be about (关于实用新型：…), when the answer is about that:
  // from the document the conversation was in, or naming it; an answer found elsewhere must not claim the old topic.
  const aboutHolds = ctx.about && (top.docId === ctx.previous?.docId || `${top.title}${top.heading}${top.body}`.includes(ctx.about));
  if (aboutHolds) parts.push(deps.replies.render("understood", { about: ctx.about! }));
  const sameDocument = companion?.docId === top.docId;
  parts.push(mainText, extraText && !sameDocument ? alsoFrom(deps, companion!) : "", extraText);
  if (top.body.includes("以当地") && !parts.some((p) => p.includes("以当地"))) {
    parts.push(deps.replies.render("local_variation"));
  }
  const cited = extraText ? [top, companion!] : [top];
  // A companion from the same document shares its source line; one from another document gets its own.
  const at = part && !extraText ? part : undefined;
  const sources = [sourceLine(top, sameDocument ? [companion!] : [], at), ...(extraText && !sameDocument ? [sourceLine(companion!)] : [])];
  // A curated answer's basis article, when its law is imported, is quoted on a line of its own and cited first.
  const basis = basisQuote(ctx, deps, top);
  ctx.answer = [parts.join(""), ...(basis ? [basis.line, basis.source] : []), ...sources].join("\n");
  ctx.citations = [...(basis ? [basis.citation] : []), ...cited.map((p, i) => toCitation(p, i === 0 ? at : undefined))];
  ctx.quotedFirst = basis !== null;
  ctx.suggestions = nextQuestions(ctx, deps, cited);
  // The objects the cited sections speak of, read when the index loaded (reading the answer text again costs ~0.3 ms).
  const { sections, vocabulary } = deps.understanding;
  const spoken = cited.flatMap((p) => [...sections.of(p).mentions]);
  ctx.answerObjects = [...new Set(spoken)].filter((id) => !vocabulary.isAudience(id));
  ctx.status = "answered";
}
