import type { Passage } from "../../knowledge/index.js";
import { NATIONAL, namesRegion } from "../../retrieval/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/**
 * An answer that quotes a region's own regulation (山东省养老服务条例) for a question that names no region, where the
 * deployment is not in that region (another LOCALE, or none): the rule may not be the asker's, so the answer says
 * whose it is, before the answer when it leads, after the first part when it only follows a national section.
 * A question that names the region, or a deployment there, needs no such word.
 */
export function regional(ctx: AnswerContext, deps: PipelineDeps): void {
  if (ctx.status !== "answered") return;
  const elsewhere = (p: Passage) => p.region !== NATIONAL && p.region !== deps.locale && !namesRegion(ctx.query?.normalized ?? ctx.question, p.region);
  const top = ctx.candidates[0]?.passage;
  if (top && elsewhere(top)) {
    const notice = deps.replies.render("regional_rule", { region: top.region });
    ctx.notices.push(notice);
    ctx.answer = notice + ctx.answer;
    return;
  }
  const cited = (p: Passage) => ctx.citations.some((x) => x.docId === p.docId && x.section === p.heading);
  const follower = ctx.candidates.map((c) => c.passage).find((p) => cited(p) && elsewhere(p));
  if (!follower) return;
  // The first line is the answer (the source line follows): the word goes at its end.
  const notice = deps.replies.render("regional_rule_also", { title: follower.title, region: follower.region });
  const [main = "", ...rest] = ctx.answer.split("\n");
  ctx.notices.push(notice);
  ctx.answer = [main + notice, ...rest].join("\n");
}
