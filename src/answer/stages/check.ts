import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { splitSentences } from "../extract.js";
import { alsoFrom } from "./compose.js";

/**
 * Never invent: every sentence of an answer must stand in a cited passage or be one of the
 * canned notices. An answer that fails is not sent; the question is escalated instead.
 */
export function check(ctx: AnswerContext, deps: PipelineDeps): void {
  if (ctx.status !== "answered") return;
  const main = ctx.answer.split("\n")[0] ?? "";
  const cited = ctx.candidates.filter((c) => ctx.citations.some((x) => x.docId === c.passage.docId && x.section === c.passage.heading));
  const notices = [...ctx.notices, deps.replies.render("local_variation")];
  if (ctx.about) notices.push(deps.replies.render("understood", { about: ctx.about }));
  for (const other of cited.slice(1)) if (other.passage.docId !== cited[0]?.passage.docId) notices.push(alsoFrom(deps, other.passage));
  // A notice removed leaves a sentence break behind: a sentence whose end was the notice (…按规定救助，以当地最新政策为准。)
  // must not run on into the next section's first sentence.
  let rest = main;
  for (const notice of notices) rest = rest.replace(notice, "\n");
  // An article's lead-in (…有下列情形之一的：) and its items sit on separate lines of the body but run on in the answer.
  const inCited = (part: string) => cited.some((c) => c.passage.body.includes(part));
  const grounded = splitSentences(rest).every((s) => s.split(/(?<=[：:])/).every(inCited));
  if (!grounded || cited.length === 0) {
    ctx.status = "escalated";
    ctx.escalationReason = "ungrounded";
    ctx.answer = "";
    ctx.notices = [];
    ctx.citations = [];
  }
}
