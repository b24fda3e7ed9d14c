import type { Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";
import { readAspect, readEntities, type QuestionFrame } from "./frame.js";
import type { FrameVocabulary } from "./vocabulary.js";

export interface SectionFrame extends QuestionFrame {
  /** Every entity named anywhere in the section or its document's title: what it can speak about. */
  mentions: ReadonlySet<string>;
  /** Entities named on its question side (title, heading, 常见问法): what it is about. */
  about: ReadonlySet<string>;
  /** Entities its heading names itself, without the title's: whom the section is for when it says so. */
  headingEntities: readonly string[];
  /** The answer forms its text holds (a sum of money, a percentage…): what it can answer a 多少 with. */
  forms: ReadonlySet<string>;
}

/** The aspect most of the section's 常见问法 ask, for a heading that names none. */
function majorityAspect(phrasings: readonly string[], vocabulary: FrameVocabulary): string | null {
  const counts = new Map<string, number>();
  for (const p of phrasings) {
    const a = readAspect(normalizeText(p), vocabulary)?.aspect;
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const [best] = [...counts].sort((x, y) => y[1] - x[1]);
  return best && best[1] * 2 >= phrasings.length ? best[0] : null;
}

/**
 * The document title's entities join a section's own only for kinds the section does not name: a
 * title listing 国家奖学金、励志奖学金、助学金 says what the document covers, while a section headed
 * 国家励志奖学金 is about that one (and conflicts with a question about 国家奖学金).
 */
function withTitle<E extends { kind: string }>(own: E[], title: readonly E[]): E[] {
  const kinds = new Set(own.map((e) => e.kind));
  return [...own, ...title.filter((e) => !kinds.has(e.kind))];
}

/**
 * A section's frame, derived when the index is loaded: its heading says the aspect it answers and the
 * objects and audiences it is for (the heading is a question), its document title adds the object.
 */
export function deriveSectionFrame(passage: Passage, vocabulary: FrameVocabulary): SectionFrame {
  const heading = normalizeText(passage.heading);
  const aspect = readAspect(heading, vocabulary);
  const title = readEntities(normalizeText(passage.title), vocabulary);
  const read = (...texts: string[]) => withTitle(readEntities(normalizeText(texts.join("。")), vocabulary), title);
  const own = readEntities(heading, vocabulary);
  const entities = withTitle(own, title);
  return {
    aspect: aspect?.aspect ?? majorityAspect(passage.phrasings, vocabulary),
    aspectSpan: aspect?.span ?? null,
    entities: entities.filter((e, i) => entities.findIndex((o) => o.id === e.id) === i),
    expects: vocabulary.forms.expected(heading),
    headingEntities: [...new Set(own.map((e) => e.id))],
    forms: vocabulary.forms.present(passage.body),
    mentions: new Set(read(passage.heading, passage.body, ...passage.phrasings).map((e) => e.id)),
    about: new Set(read(passage.heading, ...passage.phrasings).map((e) => e.id)),
  };
}

export interface SectionFrames {
  of(passage: Passage): SectionFrame;
  /** Entities some section speaks about: a question about any other (ETC, 驾照) is not covered. */
  covered(entityId: string): boolean;
  /** The sections of one document, in document order: the other aspects a next question may ask. */
  documentSections(docId: string): readonly Passage[];
}

/**
 * Frames for all passages, computed once per passage and cached (FAQ published later too). `derived` holds
 * frames already derived for these passages with this vocabulary (read from a start-up cache): taken as they are.
 */
export function createSectionFrames(passages: Iterable<Passage>, vocabulary: FrameVocabulary, derived?: ReadonlyMap<string, SectionFrame>): SectionFrames {
  const cache = new Map<string, SectionFrame>();
  const covered = new Set<string>();
  const byDocument = new Map<string, Passage[]>();
  const of = (passage: Passage) => {
    let frame = cache.get(passage.id);
    if (!frame) {
      cache.set(passage.id, (frame = derived?.get(passage.id) ?? deriveSectionFrame(passage, vocabulary)));
      for (const id of frame.about) covered.add(id);
      byDocument.set(passage.docId, [...(byDocument.get(passage.docId) ?? []), passage]);
    }
    return frame;
  };
  for (const p of passages) of(p);
  return { of, covered: (id) => covered.has(id), documentSections: (docId) => byDocument.get(docId) ?? [] };
}
