import type { Passage } from "../knowledge/index.js";
import type { Candidate } from "../retrieval/index.js";
import type { FrameAgreement, SectionFrame } from "../understanding/index.js";

/**
 * An article imported as published: no 常见问法, a heading that is only its number (第四十二条). Its frame
 * says little (no aspect, the law's title as its only object), so the pipeline reads it from its text.
 */
export function isRawArticle(passage: Passage): boolean {
  return passage.origin === "imported" && passage.phrasings.length === 0;
}

/**
 * What a section is about, for the mismatch check: a raw article is one short provision, so every object its
 * text names is what it is about (试用期 in 劳动合同法第十九条); a curated section, what its question side names.
 */
export function aboutOf(passage: Passage, frame: SectionFrame): ReadonlySet<string> {
  return isRawArticle(passage) ? frame.mentions : frame.about;
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
