import { prepareQuery } from "../../retrieval/index.js";
import { normalizeText } from "../../text/index.js";
import { ELLIPSIS, POINTS_AT, proposeFollowUp, QUESTION_WORD, readFrame, resolveReferent, siblingByPartialName, withoutOpening, type ReadQuestion } from "../../understanding/index.js";
import { estimateConfidence } from "../confidence.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { INTENT_THRESHOLDS } from "./guardrails.js";

/** A weak follow-up is read in context only when that makes it this much more answerable. */
const CONTEXT_GAIN = 0.05;
/** Up to this long, a follow-up is too short for the intent classifier to call it chit-chat. */
const SHORT_FOLLOW_UP_CHARS = 12;
/** A short follow-up is still chit-chat when the intent classifier is this sure (it misreads short follow-ups far below it). */
const SHORT_OFF_TOPIC_CERTAIN = 0.999;
/** A message pointing back (我男的今年52了呢，也这么转吗) continues the conversation up to this long. */
const POINTING_FOLLOW_UP_CHARS = 20;
/** Thanks, greetings and acknowledgements end a conversation's thread rather than continue it. */
const SMALL_TALK = /^(谢谢|多谢|感谢|好的|好吧|好滴|行|嗯+|哦+|ok|okay|明白|知道了|收到|懂了|你好|您好|在吗|哈+|拜拜|再见)[啦了呀啊哈!！。~～\s]*$/i;

async function confidenceOf(question: string, deps: PipelineDeps): Promise<number> {
  return estimateConfidence(await deps.retriever.search(prepareQuery(question, deps.lexicon, deps.segmenter), 3));
}

/** Chit-chat, or a request that is never a public-service question (a product tip, homework), by the fixed rules. */
function ruledOut(deps: PipelineDeps, normalized: string): boolean {
  return deps.rules.isOffTopic(normalized) || deps.rules.isNotService(normalized);
}

/** The intent classifier takes the message for chit-chat. */
function classifiedOffTopic(ctx: AnswerContext): boolean {
  return (ctx.intent?.off_topic ?? 0) >= INTENT_THRESHOLDS.off_topic;
}

/** A message that is itself chit-chat (顺便问下汇率会涨吗) is not read as part of the conversation. */
export function offTopic(ctx: AnswerContext, deps: PipelineDeps, normalized: string): boolean {
  return ruledOut(deps, normalized) || classifiedOffTopic(ctx);
}

/** A question's frame and its policy words that are not aspect words (what it is about). */
export function readQuestion(text: string, deps: PipelineDeps): ReadQuestion {
  const normalized = normalizeText(text).trim();
  const { vocabulary } = deps.understanding;
  const frame = readFrame(normalized, vocabulary);
  const policyWords = deps.segmenter.words(normalized).filter((w) => w.length >= 2 && deps.domainTerms.has(w));
  // A colloquial phrase that only stands for an aspect (啥手续 → 材料) names no object.
  const colloquial = deps.lexicon.match(normalized).filter((m) => !m.official.every((term) => vocabulary.isAspectWord(term)));
  const objectWords = [...new Set([...policyWords, ...colloquial.map((m) => m.colloquial)])].filter((w) => !vocabulary.isAspectWord(w));
  // The policy dictionary holds nouns: a colloquial phrase for one of them names a thing (社宝卡 → 社保卡), 去世 → 死亡 does not.
  const names = colloquial.filter((m) => m.official.some((term) => deps.domainTerms.has(term))).map((m) => m.colloquial);
  const objectNames = objectWords.filter((w) => deps.domainTerms.has(w) || names.includes(w));
  return { text: normalized, frame, objectWords, objectNames };
}

/** 励志的那个呢 after a 国家奖学金 question names 国家励志奖学金: a short follow-up gets the sibling it means. */
function withSiblingNamed(message: ReadQuestion, previousRead: ReadQuestion | null, deps: PipelineDeps): ReadQuestion {
  if (!previousRead || message.text.length > SHORT_FOLLOW_UP_CHARS) return message;
  const kinds = new Set(message.frame.entities.map((e) => e.kind));
  const earlier = previousRead.frame.entities.filter((e) => !kinds.has(e.kind));
  // What the message names itself (小微企业 in 那小微企业呢) is not part of a sibling's name.
  const rest = message.frame.entities.reduce((text, e) => text.split(e.span).join("，"), message.text);
  const sibling = earlier.length ? siblingByPartialName(rest, earlier, deps.understanding.vocabulary.entities) : null;
  return sibling ? readQuestion(`${sibling}${message.text}`, deps) : message;
}

/** The number of an offered question a message picks (1, 第2个), or null. */
export function pickedNumber(normalized: string): number | null {
  const picked = /^(?:第\s*)?([1-9])\s*(?:个|项|条)?\s*[。.！!]?$/.exec(normalized);
  return picked ? Number(picked[1]) : null;
}

/**
 * Reads the message in the conversation's context: a numbered reply picks an offered question; a
 * follow-up ("那实用新型呢", "去哪里办", "研究生呢") inherits what it leaves out from the last turn;
 * a question that stands on its own is left as it is, so a change of topic starts afresh.
 */
export async function contextualize(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  const previous = (ctx.previous = ctx.request.newSession ? null : await deps.sessions.lastTurn(ctx.request.sessionId));
  const previousRead = previous ? readQuestion(previous.question, deps) : null;
  // 这个证 after an answer about 居住证 names 居住证 (the last question may not have).
  const named = new Set(previousRead?.frame.entities.map((e) => e.id));
  const referent = previous ? resolveReferent(ctx.message.trim(), previous.answerObjects, named) : null;
  const read = readQuestion(referent?.text ?? ctx.request.message, deps);
  const message = withSiblingNamed(read, previousRead, deps);
  // 临时的要交钱吗 after a 身份证 question: the sibling it names makes it a question of its own about 临时身份证.
  const sibling = message !== read ? (message.frame.entities[0]?.id ?? null) : null;
  // A number (1, 第2个) picks one of the questions the last reply offered (WeChat shows them numbered).
  const picked = pickedNumber(message.text);
  const offered = picked ? previous?.suggestions[picked - 1] : undefined;
  if (offered) {
    ctx.question = offered;
  } else if (previous) {
    const namesSomething = message.frame.entities.length > 0 || message.objectWords.length > 0;
    // The classifier was trained on whole questions: a short follow-up naming a policy object
    // (外观设计的呢) is not chit-chat however it scores; only the fixed rules still decline it.
    // The same for a short reply with no question of its own (我今年28, 那软件的呢): it adds to the
    // conversation rather than leaving it.
    // So is one that only asks an aspect (去哪投诉比较好, 要准备哪些材料): it has nothing to be about but the conversation.
    const short =
      (message.text.length <= SHORT_FOLLOW_UP_CHARS && (namesSomething || !QUESTION_WORD.test(message.text) || ELLIPSIS.test(message.text))) ||
      (message.text.length <= POINTING_FOLLOW_UP_CHARS && (POINTS_AT.test(message.text) || (message.frame.aspect !== null && !namesSomething)));
    // Only a classifier all but certain overrules the short form (帮我写一封辞职信吧 after a question on 辞职).
    const certainlyOffTopic = (ctx.intent?.off_topic ?? 0) >= SHORT_OFF_TOPIC_CERTAIN;
    // A chit-chat word in a 呢 follow-up to an answer (坐公交逛景点呢 after 退役军人优待) asks the same about another place
    // or occasion: only a request that is never a service question still leaves the conversation.
    const asksOnAbout = previous.status === "answered" && message.text.includes("呢");
    const ruled = asksOnAbout ? deps.rules.isNotService(message.text) : ruledOut(deps, message.text);
    if (ruled || (short ? SMALL_TALK.test(message.text) || certainlyOffTopic : classifiedOffTopic(ctx))) return finishReading(ctx, deps);
    const proposal = proposeFollowUp(message, previous, previousRead);
    const standsAlone = message.frame.aspect !== null && namesSomething;
    // A message with no policy word of its own (办好了能管多久) can only be about the conversation.
    const useContext =
      proposal !== null &&
      proposal.question !== message.text &&
      (proposal.strength === "strong" ||
        !namesSomething ||
        (!standsAlone && (await confidenceOf(proposal.question, deps)) > (await confidenceOf(message.text, deps)) + CONTEXT_GAIN));
    if (useContext) {
      ctx.question = proposal.question;
      ctx.about = previous.status === "clarify" ? null : proposal.about;
      ctx.continuesSection = proposal.keepsSection ? (previous.section ?? null) : null;
    } else if (sibling) {
      ctx.question = message.text;
      ctx.about = sibling;
    } else if (referent) {
      ctx.question = referent.text;
      ctx.about = referent.object;
    }
  }
  finishReading(ctx, deps);
}

function finishReading(ctx: AnswerContext, deps: PipelineDeps): void {
  // 对了 换个事 … : the opening words are no part of what to search for.
  const searched = withoutOpening(ctx.question);
  ctx.frame = readFrame(normalizeText(searched), deps.understanding.vocabulary);
  ctx.query = prepareQuery(searched, deps.lexicon, deps.segmenter);
}
