import type { Passage } from "../../knowledge/index.js";
import { questionText } from "../../retrieval/index.js";
import { agreementBonus, announcesNewQuestion, frameAgreement, readEntities, readFrame } from "../../understanding/index.js";
import { estimateConfidence } from "../confidence.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { ownReading } from "../own-reading.js";
import { isRawArticle, keepArticleFirst, namesAnObjectAsked } from "../raw-article.js";
import { aboutTheObjectFirst, articleHoldingTheForm, dedicatedDocumentFirst, holdingTheFormFirst } from "./align-order.js";

/** A follow-up read in context most likely continues in the document the last answer came from. */
const CONTINUITY_BONUS = 0.1;
/** All the more when it names nothing of its own (要准备哪些材料, 这期间给钱吗): the earlier words it borrows must not lead elsewhere. */
const OBJECTLESS_CONTINUITY_BONUS = 0.3;

/** The message names a policy object of its own (an entity that is not an audience, or a policy word that is not an ask). */
function namesOwnObject(ctx: AnswerContext, deps: PipelineDeps): boolean {
  const { vocabulary } = deps.understanding;
  const text = ctx.message;
  if (readEntities(text, vocabulary).some((e) => !e.audience)) return true;
  // A sibling named in part (这个临时的 after 身份证 → 临时身份证) is an object of its own too.
  const earlier = new Set(ctx.previous?.frame.entities.map((e) => e.id));
  if (ctx.frame.entities.some((e) => !e.audience && !earlier.has(e.id))) return true;
  return deps.segmenter.words(text).some((w) => w.length >= 2 && deps.domainTerms.has(w) && !vocabulary.isAspectWord(w));
}

/**
 * A message of a conversation read on its own words (要是去外地城市住一阵子，要登记吗 after 户口迁移) still most likely
 * stays with the topic the last answer came from, unless it announces a new one (另外问下…): a nudge for close calls.
 */
const TOPIC_PRIOR = 0.1;

/** A message that only adds the asker's situation (我交了8年) refines the answer it follows: its section most likely holds the answer for that case too. */
const SITUATION_SECTION_BONUS = 0.3;

/** Weight of the share of a follow-up's own words a section holds (see ownWordsShare). */
const OWN_WORDS_WEIGHT = 0.35;

/** Weight of a section's rank when the follow-up is read on its own words (see own-reading.ts). */
const OWN_READING_WEIGHT = 0.2;

/** Each section's question side (heading and 常见问法, normalised as the retriever reads it), made once. */
const questionSides = new WeakMap<Passage, string>();
function questionSide(passage: Passage): string {
  let text = questionSides.get(passage);
  if (text === undefined) questionSides.set(passage, (text = questionText(passage)));
  return text;
}

/**
 * A follow-up read in context searches with the earlier question's words too, which then outweigh the
 * few it says itself (驳回, 复审 in 要是被驳回了不服呢，多久内能申请复审 after a question on 实质审查):
 * the share of its own words a section holds tells the section it asks about.
 */
function ownWordsShare(ctx: AnswerContext, deps: PipelineDeps): ((passage: Passage) => number) | null {
  if (ctx.question === ctx.request.message) return null;
  const own = deps.segmenter.words(ctx.message).filter((w) => w.length >= 2);
  if (own.length === 0) return null;
  return (passage) => {
    const text = questionSide(passage);
    return own.filter((w) => text.includes(w)).length / own.length;
  };
}

/** Every object the question names was named by the last question too. */
function objectsInherited(ctx: AnswerContext): boolean {
  const earlier = new Set(ctx.previous?.frame.entities.map((e) => e.id));
  const objects = ctx.frame.entities.filter((e) => !e.audience);
  return objects.length > 0 && objects.every((e) => earlier.has(e.id));
}

/**
 * Prefers the section whose frame agrees with the question's (the aspect asked, the object and
 * audience named), then judges the best one: a section for another object of the same kind, or a
 * question about something no section covers (ETC, 驾照), is a mismatch that must not be answered.
 */
export function align(ctx: AnswerContext, deps: PipelineDeps): void {
  const { vocabulary, sections } = deps.understanding;
  const continued = ctx.question !== ctx.request.message ? ctx.previous?.docId : null;
  const ownShare = ownWordsShare(ctx, deps);
  const alone = ctx.question !== ctx.request.message ? ownReading(ctx.ownCandidates) : null;
  const continuityBonus = continued && !namesOwnObject(ctx, deps) ? OBJECTLESS_CONTINUITY_BONUS : CONTINUITY_BONUS;
  // A sibling asked the same of (外观设计 after 实用新型) keeps the section only where its answer names the sibling itself,
  // not as part of the earlier object's name (身份证 inside 临时身份证).
  // Read only for a follow-up that keeps a section (most questions keep none).
  const named = ctx.continuesSection === null ? [] : readEntities(ctx.message, vocabulary).filter((e) => !e.audience);
  const earlierSpans = named.length === 0 ? [] : (ctx.previous?.frame.entities.map((e) => e.span) ?? []);
  const namesTheSibling = (passage: Passage) => {
    if (named.length === 0) return true;
    const rest = earlierSpans.reduce((text, span) => text.split(span).join("，"), passage.body);
    return named.every((e) => rest.includes(e.span));
  };
  const stayed = !continued && ctx.previous?.status === "answered" && !announcesNewQuestion(ctx.message) ? ctx.previous.docId : null;
  const sorted = ctx.candidates
    .map((candidate) => {
      const agreement = frameAgreement(ctx.frame, sections.of(candidate.passage), vocabulary);
      const situation = candidate.passage.heading === ctx.continuesSection && namesTheSibling(candidate.passage) ? SITUATION_SECTION_BONUS : 0;
      const continuity = candidate.passage.docId === continued ? continuityBonus + situation : candidate.passage.docId === stayed ? TOPIC_PRIOR : 0;
      const own = (ownShare ? OWN_WORDS_WEIGHT * ownShare(candidate.passage) : 0) + (alone && candidate.passage.docId === continued ? OWN_READING_WEIGHT * alone.share(candidate.passage) : 0);
      return { candidate: { ...candidate, score: candidate.score + agreementBonus(agreement) + continuity + own }, agreement };
    })
    .sort((a, b) => b.candidate.score - a.candidate.score);
  const judged = articleHoldingTheForm(keepArticleFirst(holdingTheFormFirst(dedicatedDocumentFirst(aboutTheObjectFirst(sorted, ctx, deps), ctx, deps), ctx, deps), ctx.candidates[0]), ctx, deps);
  ctx.candidates = judged.map((j) => j.candidate);
  const best = judged[0];
  ctx.topic = best?.candidate.passage.topic ?? null;
  ctx.agreement = best?.agreement ?? null;
  ctx.confidence = estimateConfidence(ctx.candidates, best?.agreement);
  if (!best) return;
  // Both readings answer from this section: the message alone vouches for it as much as the completed question.
  if (best.candidate.passage.docId === continued && alone?.isFirst(best.candidate.passage)) ctx.confidence = Math.max(ctx.confidence, alone.confidence);
  // The question's objects must be what the section is about: named only in passing in its text
  // (公积金 in a list of credit data) does not make a section about 公积金.
  // A raw article in the law's own terms may name none of them and still answer: it then needs the usual bar (route.ts).
  const objects = ctx.frame.entities.filter((e) => !e.audience);
  // An object the last answer was given for (专利 in 专利啥时候算质押成立 after 专利能拿去质押贷款吗, answered from 知识产权质押)
  // does not make another section of that answer's document a mismatch: the conversation has already matched them.
  const accepted = ctx.previous?.status === "answered" && best.candidate.passage.docId === ctx.previous.docId && objectsInherited(ctx);
  const unnamed = !isRawArticle(best.candidate.passage) && !accepted && !namesAnObjectAsked(best.candidate.passage, ctx.frame, sections);
  // Nor can a question that also names something no section speaks of (公积金 and 物业费: only the first is covered).
  const uncovered = unnamed || objects.some((e) => !sections.covered(e.id));
  // Asked 多少钱 or 比例 and the best section holds no sum or percentage at all: it cannot hold the answer.
  // Only when the message asks that form itself: an ask inherited by 那一整年都没用过医保的呢 (要几年) is the earlier question's.
  const asksForm = ctx.question === ctx.request.message || readFrame(ctx.message, vocabulary).expects === ctx.frame.expects;
  const formless = best.agreement.form === -1 && vocabulary.forms.strict(ctx.frame.expects ?? "") && asksForm;
  ctx.mismatch = best.agreement.objectConflict || uncovered || formless;
}
