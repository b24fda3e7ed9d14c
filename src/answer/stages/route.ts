import type { Candidate, ContentCoverage } from "../../retrieval/index.js";
import { finish, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { audienceOptions } from "./audience.js";
import { INTENT_THRESHOLDS } from "./guardrails.js";
import { answerBar, isRawArticle, namesAnObjectAsked } from "../raw-article.js";
import { KNOWLEDGE_COVERS, knowledgeScope } from "./scope.js";

/**
 * An imported law widens the domain to what it regulates (网购退货, 明码标价) without lexicon entries: a question
 * is in domain when one of the best candidates is an article that holds at least this IDF-weighted share of its words.
 */
export const ARTICLE_DOMAIN_COVERAGE = 0.35;

/**
 * `content`: the content coverage of the same candidates (scope.ts). The article must also hold at least two of the
 * question's content words (KNOWLEDGE_COVERS.words): read in the legal register, a law meets the single characters,
 * numbers and question words of any question (一个月瘦十斤有什么办法 met 1, 个, 月, 办法 of 保障农民工工资支付条例第二十四条,
 * 0.51, and x²-5x+6=0 这个方程怎么解 the digits of 工伤保险条例第三十六条, 0.46: both were answered from those articles).
 */
export function matchesAnArticle(candidates: readonly Candidate[], content?: readonly ContentCoverage[]): boolean {
  return candidates
    .slice(0, 3)
    .some((c, i) => isRawArticle(c.passage) && c.coverage >= ARTICLE_DOMAIN_COVERAGE && (!content || (content[i]?.words ?? 0) >= KNOWLEDGE_COVERS.words));
}

/** A policy word or hint, or a phrase the lexicon maps (question words included: 哪天 → 什么时候). */
function mentionsDomain(ctx: AnswerContext, deps: PipelineDeps): boolean {
  return ctx.query!.matches.length > 0 || namesDomain(ctx, deps);
}

/** A policy word or hint of the message's own, not a question word the lexicon maps (哪天 → 什么时候). */
function namesDomain(ctx: AnswerContext, deps: PipelineDeps): boolean {
  const query = ctx.query!;
  return query.words.some((w) => deps.domainTerms.has(w)) || deps.rules.hasDomainHint(query.normalized);
}

/** Distinct section headings of the candidates, best first: the options offered to the user. */
export function candidateHeadings(ctx: AnswerContext, limit: number, skip = 0): string[] {
  const headings = ctx.candidates.slice(skip).map((c) => c.passage.heading);
  return [...new Set(headings)].slice(0, limit);
}

function escalate(ctx: AnswerContext, reason: NonNullable<AnswerContext["escalationReason"]>): void {
  ctx.status = "escalated";
  ctx.escalationReason = reason;
  ctx.finished = true;
}

function clarify(ctx: AnswerContext, deps: PipelineDeps, options: string[]): void {
  ctx.suggestions = options;
  finish(ctx, "clarify", deps.replies.render("clarify", { options: options.map((s) => `“${s}”`).join("、") }));
}

/**
 * Decides the status: out_of_scope (not about public services), escalated (a personal case, a
 * section that does not fit the question, or not enough confidence), clarify (the answer depends on
 * who asks, or the question is too vague), or leaves it to compose (answered).
 */
export function route(ctx: AnswerContext, deps: PipelineDeps): void {
  const { routing } = deps;
  const domainWords = mentionsDomain(ctx, deps);
  const inherited = ctx.question !== ctx.request.message;
  const scope = knowledgeScope(ctx, deps);
  // A message answered from the document the conversation's last answer came from (我工资比较高，补偿有没有封顶) continues it.
  const continues = ctx.previous?.status === "answered" && ctx.previous.docId !== null && ctx.candidates[0]?.passage.docId === ctx.previous.docId;
  const domainSignals =
    domainWords || inherited || continues || deps.rules.hasTopicWord(ctx.query!.normalized) || matchesAnArticle(ctx.candidates, scope.measured) || ctx.confidence >= routing.domainMinConfidence;
  ctx.inDomain = domainSignals || scope.covers || scope.coversVouched;
  const offTopicScore = ctx.intent?.off_topic ?? 0;
  // Read on the message itself: a task in the middle of a conversation (顺便帮我把这个软件的宣传文案写一下) is still one.
  const notService = deps.rules.isNotService(ctx.message);
  // A chit-chat word (景点, 酒店, 天气) is outweighed by a section holding the question's words; the classifier's own
  // off-topic verdict below is not.
  const offTopicWord = deps.rules.isOffTopic(ctx.query!.normalized) && !scope.outweighsOffTopicWord;
  const offTopicVerdict =
    notService ||
    (!inherited &&
      (offTopicScore >= INTENT_THRESHOLDS.off_topic_over_domain ||
        ((offTopicWord || offTopicScore >= INTENT_THRESHOLDS.off_topic) && !domainWords)));
  // An imported article that holds the question's content words outweighs the off-topic verdict.
  // So does a personal case the fixed rules recognise (你能帮我跟公司交涉一下吗): it is for staff, not to be declined,
  // unless nothing in it or in the conversation so far touches what the service covers (帮我查下去三亚的机票哪天最便宜).
  // A task that is never a service question (帮我把这句话改得礼貌点) is not a case for staff either, whatever it names.
  const forStaff = ctx.needsStaff !== null && !notService && (ctx.previous?.status === "answered" || namesDomain(ctx, deps) || scope.covers || scope.coversVouched);
  const offTopic = offTopicVerdict && !scope.articleOutweighsOffTopic && !forStaff;
  if (!ctx.inDomain || offTopic) {
    ctx.topic = null;
    finish(ctx, "out_of_scope", deps.replies.render("out_of_scope"));
    return;
  }
  if (ctx.needsStaff) return escalate(ctx, ctx.needsStaff);
  // In scope only by what the knowledge holds, or against the off-topic verdict: unsure, so a person answers. Such
  // questions answered at once were as often wrong as right (a near section of the same topic), at any confidence.
  if (offTopicVerdict || !domainSignals) return escalate(ctx, "low_confidence");
  // Asking who is asking makes no sense when no section can answer the question at all.
  if (ctx.mismatch) return escalate(ctx, "mismatch");
  const audiences = audienceOptions(ctx, deps);
  if (audiences) return clarify(ctx, deps, audiences);
  const distinctDocs = new Set(ctx.candidates.slice(0, 3).map((c) => c.passage.docId)).size;
  if (ctx.query!.words.length <= 1 && distinctDocs > 1 && !inherited) return clarify(ctx, deps, candidateHeadings(ctx, 3));
  const top = ctx.candidates[0]?.passage;
  const named = !top || namesAnObjectAsked(top, ctx.frame, deps.understanding.sections);
  if (ctx.confidence < answerBar(top, routing.answerMinConfidence, named)) escalate(ctx, "low_confidence");
}
