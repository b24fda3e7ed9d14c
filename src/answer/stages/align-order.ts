import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { normalizeText } from "../../text/index.js";
import { frameAgreement, readEntities, type FrameAgreement } from "../../understanding/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { aboutOf, isRawArticle } from "../raw-article.js";

/*
 * Re-orderings of the aligned ranking (align.ts): each moves one close candidate to the top when the best one
 * is less fit to answer — not about the object the question names, in a broader document than one given to
 * that object, or unable to hold the answer form asked.
 */

/** The ranking with the entry at `index` first (unchanged when it already is, or for -1). */
function moveToFront<T>(sorted: T[], index: number): T[] {
  return index <= 0 ? sorted : [sorted[index]!, ...sorted.filter((_, i) => i !== index)];
}

/** How far down the ranking a section about the question's object is looked for. */
const ABOUT_POOL = 5;

/**
 * A question naming its object (个人养老金) is answered from a section about it when one ranks near the
 * top: a section that only shares the situation (去世了钱咋处理, about 基本养老保险) comes after it.
 */
export function aboutTheObjectFirst<T extends { candidate: Candidate }>(sorted: T[], ctx: AnswerContext, deps: PipelineDeps): T[] {
  const objects = ctx.frame.entities.filter((e) => !e.audience);
  if (objects.length === 0) return sorted;
  const { sections } = deps.understanding;
  const isAbout = (j: T) => objects.some((e) => aboutOf(j.candidate.passage, sections).has(e.id));
  if (!sorted[0] || isAbout(sorted[0])) return sorted;
  const index = sorted.slice(0, ABOUT_POOL).findIndex(isAbout);
  return moveToFront(sorted, index);
}

/** How far down, and how far behind the best in score, a section of a document dedicated to the question's object is still preferred. */
const DEDICATED_POOL = 3;
const DEDICATED_MARGIN = 0.1;

/** The policy objects a document's title names (城乡居民基本养老保险：缴费档次…): what the whole document is about. */
const titleEntities = new WeakMap<Passage, ReadonlySet<string>>();
function namedByTitle(passage: Passage, deps: PipelineDeps): ReadonlySet<string> {
  let ids = titleEntities.get(passage);
  if (!ids) titleEntities.set(passage, (ids = new Set(readEntities(normalizeText(passage.title), deps.understanding.vocabulary).map((e) => e.id))));
  return ids;
}

/**
 * Asked about 城乡居民养老保险, a section of the document given to it (its 缴费档次 section) comes before a close
 * one of a broader document that touches it in passing (基本养老保险's overview of who joins which scheme).
 */
export function dedicatedDocumentFirst<T extends { candidate: Candidate }>(sorted: T[], ctx: AnswerContext, deps: PipelineDeps): T[] {
  const objects = ctx.frame.entities.filter((e) => !e.audience);
  const best = sorted[0];
  if (objects.length === 0 || !best) return sorted;
  const dedicated = (j: T) => objects.some((e) => namedByTitle(j.candidate.passage, deps).has(e.id));
  if (dedicated(best)) return sorted;
  const index = sorted.slice(0, DEDICATED_POOL).findIndex((j) => dedicated(j) && j.candidate.score >= best.candidate.score - DEDICATED_MARGIN);
  return moveToFront(sorted, index);
}

/** How far down, and how far behind the best in score, a section holding the answer form asked is looked for. */
const FORM_POOL = 3;
const FORM_MARGIN = 0.15;

/**
 * Asked 能用多久 and the best section holds no span of time while a close one about the same thing does
 * (临时身份证有效期 just behind 等新身份证期间急用怎么办): the one that can hold the answer comes first.
 */
export function holdingTheFormFirst<T extends { candidate: Candidate; agreement: FrameAgreement }>(sorted: T[], ctx: AnswerContext, deps: PipelineDeps): T[] {
  const best = sorted[0];
  if (!best || best.agreement.form !== -1 || !deps.understanding.vocabulary.forms.strict(ctx.frame.expects ?? "")) return sorted;
  // Another document only when it is about what the question names: a sum for another scheme is no answer (一顿饭政府补多少).
  const objects = ctx.frame.entities.filter((e) => !e.audience);
  const { sections } = deps.understanding;
  // Nor a section headed by a sibling of what is asked (临时身份证 for 身份证补办多久能拿到), whatever its text mentions.
  const namesSibling = (j: T) => {
    const headed = sections.of(j.candidate.passage).entities;
    return !headed.some((s) => objects.some((q) => q.id === s.id)) && headed.some((s) => objects.some((q) => q.kind === s.kind));
  };
  const sameThing = (j: T) =>
    !namesSibling(j) &&
    (j.candidate.passage.docId === best.candidate.passage.docId || objects.some((e) => aboutOf(j.candidate.passage, sections).has(e.id)));
  const index = sorted
    .slice(0, FORM_POOL)
    .findIndex((j) => j.agreement.form === 1 && !j.agreement.objectConflict && j.candidate.score >= best.candidate.score - FORM_MARGIN && sameThing(j));
  return moveToFront(sorted, index);
}

/**
 * A raw article on top that holds no answer of the strict form asked (罚多少 and no sum, 多久 and no span) cannot answer;
 * the best-ranked article of the same law that holds one (ctx.articles, wherever it stands in the ranking) comes first
 * on its own scores (驳回 复审 多久: 实施细则's procedure article holds no span, the law's 三个月内 article does). Its own,
 * usually lower, confidence then decides whether it is answered.
 */
export function articleHoldingTheForm<T extends { candidate: Candidate; agreement: FrameAgreement }>(judged: T[], ctx: AnswerContext, deps: PipelineDeps): T[] {
  const best = judged[0];
  const { vocabulary, sections } = deps.understanding;
  if (!best || !isRawArticle(best.candidate.passage) || best.agreement.form !== -1 || !vocabulary.forms.strict(ctx.frame.expects ?? "")) return judged;
  for (const candidate of ctx.articles) {
    const passage = candidate.passage;
    if (passage.docId !== best.candidate.passage.docId || passage.id === best.candidate.passage.id || !isRawArticle(passage)) continue;
    const agreement = frameAgreement(ctx.frame, sections.of(passage), vocabulary);
    if (agreement.form !== 1 || agreement.objectConflict) continue;
    const at = judged.findIndex((j) => j.candidate.passage.id === passage.id);
    return at > 0 ? moveToFront(judged, at) : [{ ...best, candidate, agreement } as T, ...judged];
  }
  return judged;
}
