import type { Passage } from "../../knowledge/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";

const HOW_MANY = 3;

/**
 * Likely next questions after an answer: other aspects of the same document (materials after
 * eligibility, where to apply after amounts), one per aspect, then the nearest other candidates.
 */
export function nextQuestions(ctx: AnswerContext, deps: PipelineDeps, cited: readonly Passage[]): string[] {
  const { sections } = deps.understanding;
  const askedAspects = new Set(cited.map((p) => sections.of(p).aspect));
  const picked: string[] = [];
  const take = (p: Passage) => {
    const aspect = sections.of(p).aspect;
    if (picked.length >= HOW_MANY || cited.some((c) => c.id === p.id) || picked.includes(p.heading) || askedAspects.has(aspect)) return;
    picked.push(p.heading);
    askedAspects.add(aspect);
  };
  for (const sibling of sections.documentSections(cited[0]!.docId)) take(sibling);
  for (const candidate of ctx.candidates) take(candidate.passage);
  return picked;
}
