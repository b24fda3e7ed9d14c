import { daysUntil, isoDay, statusOn, type Passage } from "../../knowledge/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { compose } from "./compose.js";

/** An answer from a document that ends within this many days says so. */
export const EXPIRY_WARNING_DAYS = 60;
/** A successor may itself have been replaced; follow the chain this far at most. */
const MAX_HOPS = 3;
/** Answers from an ended policy are history, not advice: never more confident than this. */
const ENDED_CONFIDENCE = 0.5;

/** The successor's section closest to the question: one retrieval already ranked, else the most shared words. */
function successorSection(ctx: AnswerContext, deps: PipelineDeps, successorId: string, replaced: Passage): Passage | null {
  const ranked = ctx.candidates.find((c) => c.passage.docId === successorId);
  if (ranked) return ranked.passage;
  const sections = deps.understanding.sections.documentSections(successorId);
  const words = ctx.query?.words ?? [];
  const score = (p: Passage) =>
    (p.heading === replaced.heading ? 100 : 0) + words.filter((w) => `${p.heading}${p.phrasings.join("")}${p.body}`.includes(w)).length;
  return sections.reduce<Passage | null>((best, p) => (!best || score(p) > score(best) ? p : best), null);
}

function answerFromSuccessor(ctx: AnswerContext, deps: PipelineDeps, successor: Passage): void {
  const template = ctx.candidates[0]!;
  const siblings = ctx.candidates.filter((c) => c.passage.docId === successor.docId && c.passage.id !== successor.id);
  ctx.candidates = [{ ...template, passage: successor }, ...siblings];
  compose(ctx, deps);
}

/**
 * Never answers silently from a document that has ended: answers from its successor when the
 * knowledge has it; says when the policy ended when there is none; escalates when a replacement
 * exists that the knowledge lacks (or the end cannot be dated). Warns when the policy ends soon.
 */
export function validity(ctx: AnswerContext, deps: PipelineDeps): void {
  if (ctx.status !== "answered" || !ctx.candidates[0]) return;
  const today = isoDay(deps.clock?.() ?? new Date());
  const original = ctx.candidates[0].passage;
  let top = original;
  for (let hop = 0; hop < MAX_HOPS && statusOn(top, today) !== "current" && statusOn(top, today) !== "amended"; hop += 1) {
    const successor = top.supersededBy ? successorSection(ctx, deps, top.supersededBy, top) : null;
    if (!successor) break;
    answerFromSuccessor(ctx, deps, successor);
    top = successor;
  }
  const notices: string[] = [];
  if (top !== original) notices.push(deps.replies.render("validity_replaced", { old: original.title, successor: top.title }));
  const status = statusOn(top, today);
  if (status === "expired" && top.expires && !top.supersededBy) {
    notices.push(deps.replies.render("validity_ended", { old: top.title, date: top.expires }));
    ctx.confidence = Math.min(ctx.confidence, ENDED_CONFIDENCE);
  } else if (status === "expired" || status === "superseded") {
    // Replaced by something the knowledge does not hold, or ended at an unknown date: staff must confirm.
    notices.push(
      top.supersededBy
        ? deps.replies.render("validity_superseded", { old: top.title, successor: top.supersededBy })
        : deps.replies.render("validity_ended_undated", { old: top.title }),
    );
    ctx.status = "escalated";
    ctx.escalationReason = "policy_changed";
  } else if (top.expires && daysUntil(top.expires, today) <= EXPIRY_WARNING_DAYS) {
    // A known successor (a revised law already adopted) is named, rather than leaving whether it continues open.
    const days = String(daysUntil(top.expires, today));
    notices.push(
      top.supersededBy
        ? deps.replies.render("validity_expiring_replaced", { date: top.expires, days, successor: top.supersededBy })
        : deps.replies.render("validity_expiring", { date: top.expires, days }),
    );
  }
  if (notices.length === 0) return;
  ctx.notices.push(...notices);
  if (ctx.status === "answered") ctx.answer = notices.join("") + ctx.answer;
}
