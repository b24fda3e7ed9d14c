import type { Passage } from "../../knowledge/index.js";
import { CITATION, checkDraft, type SourceSection } from "../../llm/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { sourceLine, toCitation } from "../citation.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { askModel, asData, settle } from "./model-call.js";

/** The model sees at most this many sections, all of the answered document. */
const MAX_SECTIONS = 3;
/** Sections further down the ranking than this are not shown, even from the same document. */
const POOL = 5;
/** The prompt asks for this share of ANSWER_MAX_CHARS; the check allows all of it. */
const PROMPT_SHARE = 0.8;

/** The sections the extractive answer cites, then their close neighbours in the same document. */
function sourcesOf(ctx: AnswerContext): Candidate[] {
  const cited = ctx.candidates.filter((c) => ctx.citations.some((x) => x.docId === c.passage.docId && x.section === c.passage.heading));
  const docId = cited[0]?.passage.docId;
  const neighbours = ctx.candidates.slice(0, POOL).filter((c) => c.passage.docId === docId && !cited.includes(c));
  return [...cited, ...neighbours].slice(0, MAX_SECTIONS);
}

/** A section as data for the model: everything it may state, and nothing else. */
function sectionText(p: Passage): string {
  const lines = [`标题：${p.title}·${p.heading}`, `发布机关：${p.issuer}`];
  if (p.docNo) lines.push(`文号：${p.docNo}`);
  lines.push(`施行日期：${p.effective}`);
  if (p.expires) lines.push(`废止或到期日期：${p.expires}`);
  lines.push(p.body);
  return lines.join("\n");
}

/**
 * LLM_MODE=answer: the model writes the answer from the sections the extractive answer came from,
 * citing them by id. Runs after compose and check, so the checked extractive answer is already there:
 * it stays whenever the model is late, fails, or its draft does not pass `checkDraft`.
 */
export async function generate(ctx: AnswerContext, deps: PipelineDeps): Promise<void> {
  const { llm } = deps;
  if (!llm || llm.mode !== "answer" || ctx.status !== "answered") return;
  const shown: (SourceSection & { passage: Passage })[] = sourcesOf(ctx).map((c, i) => ({
    id: `S${i + 1}`,
    passage: c.passage,
    text: sectionText(c.passage),
  }));
  if (shown.length === 0) return;
  const system = llm.prompts.system.fill({ maxChars: String(Math.round(deps.routing.answerMaxChars * PROMPT_SHARE)) });
  const sections = shown.map((s) => `<section id="${s.id}">\n${asData(s.text)}\n</section>`).join("\n");
  const user = llm.prompts.answer.fill({ sections, question: asData(ctx.question) });
  const draft = await askModel(ctx, llm, "answer", { system, user }, ctx.onDraft ?? undefined);
  if (draft === null) return;
  const verdict = checkDraft(draft, shown, { maxChars: deps.routing.answerMaxChars, instructions: [system, llm.prompts.condense.system] });
  if (!verdict.ok) {
    settle(ctx, llm, "answer", verdict.reason);
    return;
  }
  const cited = verdict.cited.map((id) => shown.find((s) => s.id === id)!.passage);
  // With several sections, [S2] becomes [1] when S2 is cited first: the order of the citations and of
  // the headings on the source line. With one, the source line says it all and the marker goes.
  const text = verdict.text.replace(CITATION, (_, ids: string) =>
    cited.length === 1 ? "" : ids.split(/[,，、;；]/).map((id) => `[${verdict.cited.indexOf(id.trim()) + 1}]`).join(""),
  );
  const parts = [...ctx.notices];
  if (ctx.about) parts.push(deps.replies.render("understood", { about: ctx.about }));
  parts.push(text);
  if (cited[0]!.body.includes("以当地") && !text.includes("以当地")) parts.push(deps.replies.render("local_variation"));
  ctx.answer = `${parts.join("")}\n${sourceLine(cited[0]!, ...cited.slice(1))}`;
  ctx.citations = cited.map(toCitation);
  settle(ctx, llm, "answer", "used");
}
