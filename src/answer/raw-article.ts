import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import type { FrameAgreement, QuestionFrame, SectionFrames } from "../understanding/index.js";

/**
 * An article imported as published: no 常见问法, a heading that is only its number (第四十二条). Its frame
 * says little (no aspect, the law's title as its only object), so the pipeline reads it from its text.
 */
export function isRawArticle(passage: Passage): boolean {
  return passage.origin === "imported" && passage.phrasings.length === 0;
}

/**
 * A raw article on top is answered from this confidence up, not from the curated sections' bar: its calibration
 * (fitted mostly on rows where an article happened to top a question written for a curated section) is low for
 * questions about the article. On the older article sets (22 laws loaded, before this bar), raw articles answered at
 * 0.42–0.50 held the fact 13 times of 18, and those escalated at 0.30–0.42 had the right article first about as
 * often (17 of 23); below 0.30 the share falls.
 */
export const ARTICLE_MIN_CONFIDENCE = 0.3;

/**
 * The confidence an answer needs: the configured bar, or the raw-article bar when that is lower and an article naming
 * what the question asks about is on top. One worded in the law's own terms that names none of it (基本养老保险待遇
 * where people say 养老金, 知识产权 for 专利 and 商标) is no mismatch (align.ts), but answers from the configured bar only.
 */
export function answerBar(top: Passage | undefined, configured: number, namesTheObjects = true): number {
  return top && isRawArticle(top) && namesTheObjects ? Math.min(configured, ARTICLE_MIN_CONFIDENCE) : configured;
}

/** The passage names (for a raw article: mentions anywhere) one of the objects the question asks about, or the question names none. */
export function namesAnObjectAsked(passage: Passage, frame: QuestionFrame, frames: SectionFrames): boolean {
  const objects = frame.entities.filter((e) => !e.audience);
  if (objects.length === 0) return true;
  const about = aboutOf(passage, frames);
  return objects.some((e) => about.has(e.id));
}

/**
 * What a section is about, for the mismatch check: a raw article is one short provision, so every object its
 * text names is what it is about (试用期 in 劳动合同法第十九条), and so is what the articles it cites name (违反本条例第三十二条
 * 规定明示有关事项 sanctions the duty 第三十二条 spells out: 营业执照, 收费标准); a curated section, what its question side names.
 */
export function aboutOf(passage: Passage, frames: SectionFrames): ReadonlySet<string> {
  const frame = frames.of(passage);
  if (!isRawArticle(passage)) return frame.about;
  const refs = passage.article?.refs;
  if (!refs?.length) return frame.mentions;
  const cited = frames.documentSections(passage.docId).filter((p) => p.article?.number !== undefined && refs.includes(p.article.number));
  return new Set([...frame.mentions, ...cited.flatMap((p) => [...frames.of(p).mentions])]);
}

/**
 * The frame re-sort must not undo the official-first rule: a raw article retrieval put first (by score or by
 * that rule) stays first unless its text names another object of the question's kind.
 */
export function keepArticleFirst<T extends { candidate: Candidate; agreement: FrameAgreement }>(judged: T[], firstBefore: Candidate | undefined): T[] {
  if (!firstBefore || !isRawArticle(firstBefore.passage)) return judged;
  const index = judged.findIndex((j) => j.candidate.passage.id === firstBefore.passage.id);
  if (index <= 0 || judged[index]!.agreement.objectConflict) return judged;
  return [judged[index]!, ...judged.filter((_, i) => i !== index)];
}
