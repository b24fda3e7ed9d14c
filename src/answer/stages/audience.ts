import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

/** Two sections this close in score are equally likely answers; which one holds depends on who asks. */
const CLARIFY_MARGIN = 0.2;
const LOOK_AT = 5;

/**
 * 分类施策: when the best sections differ only in whom they are for (职工医保 vs 居民医保, 个人 vs 小微企业,
 * 本专科 vs 研究生) and neither the question nor the conversation says which applies, the options to
 * ask once. Null when the question already says, or one section clearly fits better.
 */
export function audienceOptions(ctx: AnswerContext, deps: PipelineDeps): string[] | null {
  const { sections, vocabulary } = deps.understanding;
  const [best, ...rest] = ctx.candidates.slice(0, LOOK_AT);
  // A follow-up is answered for whom the conversation was about; asking again would ask what was said.
  if (!best || ctx.question !== ctx.request.message) return null;
  const bestFrame = sections.of(best.passage);
  const namedKinds = new Set(ctx.frame.entities.map((e) => e.kind));
  for (const other of rest) {
    if (best.score - other.score > CLARIFY_MARGIN) break;
    const otherFrame = sections.of(other.passage);
    for (const mine of bestFrame.entities) {
      // Only whom a heading itself names counts: an audience read from the document's title (普惠小微贷款
      // …小微企业) says whom the document is for, not that the section answers 小微企业 only.
      if (namedKinds.has(mine.kind) || !bestFrame.headingEntities.includes(mine.id) || vocabulary.isNeverAsked(mine.kind)) continue;
      const theirs = otherFrame.entities.find((e) => e.kind === mine.kind && e.id !== mine.id && otherFrame.headingEntities.includes(e.id));
      if (theirs && !otherFrame.entities.some((e) => e.id === mine.id) && !bestFrame.entities.some((e) => e.id === theirs.id)) {
        return [mine.id, theirs.id];
      }
    }
  }
  return null;
}
