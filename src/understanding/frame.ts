import { memoize } from "../text/memo.js";
import { allMatches, markUnits, openingsOf, singleton } from "./pattern-matches.js";
import type { FrameVocabulary } from "./vocabulary.js";

export interface EntityMention {
  id: string;
  kind: string;
  /** The words as the question wrote them. */
  span: string;
  start: number;
  /** Says who asks (研究生, 小微企业), not what about: a follow-up adds it to the earlier object. */
  audience: boolean;
}

/** What a question (or a section's heading) is about: the policy objects and audiences, and the aspect asked. */
export interface QuestionFrame {
  aspect: string | null;
  /** The cues that signalled the aspect, as written (保护期多久): what a follow-up that asks no aspect inherits. */
  aspectSpan: string | null;
  entities: EntityMention[];
  /** The form the answer must take (money, ratio, span…; knowledge/lexicon/frames/answer-forms.yaml). */
  expects: string | null;
}

export const EMPTY_FRAME: QuestionFrame = { aspect: null, aspectSpan: null, entities: [], expects: null };

/** Entities, longest match first and without overlaps, in the order they appear. */
export function readEntities(text: string, vocabulary: FrameVocabulary): EntityMention[] {
  // A loop, not flatMap: a few hundred entity patterns per question, nearly all absent, each made two empty arrays.
  const found: EntityMention[] = [];
  const { entities } = vocabulary;
  const openings = openingsOf(entities);
  markUnits(text, true);
  try {
    for (let at = 0; at < entities.length; at += 1) {
      const e = entities[at]!;
      const matches = allMatches(openings, at, e.pattern, text);
      for (let i = 0; i < matches.length; i += 1) found.push({ id: e.id, kind: e.kind, audience: vocabulary.isAudienceKind(e.kind), ...matches[i]! });
    }
  } finally {
    markUnits(text, false);
  }
  found.sort((a, b) => b.span.length - a.span.length || a.start - b.start);
  const taken: EntityMention[] = [];
  for (const m of found) {
    const overlaps = taken.some((t) => m.start < t.start + t.span.length && t.start < m.start + m.span.length);
    if (!overlaps) taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The aspect asked: a strong cue beats a weak one (没来得及备案怎么办 asks about a consequence, not a
 * procedure); among equals the cue nearest the end wins, since people put the ask last.
 */
export function readAspect(text: string, vocabulary: FrameVocabulary): { aspect: string; span: string } | null {
  let best: { aspect: string; span: string; end: number; weak: boolean } | null = null;
  const spans: { aspect: string; span: string; start: number }[] = [];
  const { cues } = vocabulary;
  const openings = openingsOf(cues);
  markUnits(text, true);
  try {
    const { remedy } = vocabulary;
    const remedySpan = remedy && allMatches(openingsOf(singleton(remedy)), 0, remedy.pattern, text)[0];
    if (remedy && remedySpan) return { aspect: remedy.aspect, span: remedySpan.span };
    for (let at = 0; at < cues.length; at += 1) {
      const cue = cues[at]!;
      const matches = allMatches(openings, at, cue.pattern, text);
      for (let i = 0; i < matches.length; i += 1) {
        const m = matches[i]!;
        // 住了几天院, 交了十几年, 过期几天了: such a 几 tells a time, it asks nothing (answer-forms.yaml `not_after`).
        if (vocabulary.forms.describes(text, m.start, m.span.length)) continue;
        spans.push({ aspect: cue.aspect, span: m.span, start: m.start });
        const end = m.start + m.span.length;
        const better =
          !best ||
          (best.weak && !cue.weak) ||
          (best.weak === cue.weak && (end > best.end || (end === best.end && m.span.length > best.span.length)));
        if (better) best = { aspect: cue.aspect, span: m.span, end, weak: cue.weak };
      }
    }
  } finally {
    markUnits(text, false);
  }
  if (!best) return null;
  // Every cue of the winning aspect, in order and without the ones inside another (保护期 + 多久).
  const mine = spans.filter((s) => s.aspect === best!.aspect).sort((a, b) => a.start - b.start);
  const outer = mine.filter((s) => !mine.some((o) => o !== s && o.start <= s.start && o.start + o.span.length >= s.start + s.span.length && o.span.length > s.span.length));
  return { aspect: best.aspect, span: [...new Set(outer.map((s) => s.span))].join("") };
}

/** One answer reads the same question's frame more than once: the last few are remembered, per vocabulary. */
const recentFrames = new WeakMap<FrameVocabulary, (normalized: string) => QuestionFrame>();

export function readFrame(normalized: string, vocabulary: FrameVocabulary): QuestionFrame {
  let read = recentFrames.get(vocabulary);
  if (!read) recentFrames.set(vocabulary, (read = memoize((text) => frameOf(text, vocabulary), 32)));
  return read(normalized);
}

function frameOf(normalized: string, vocabulary: FrameVocabulary): QuestionFrame {
  const aspect = readAspect(normalized, vocabulary);
  return {
    aspect: aspect?.aspect ?? null,
    aspectSpan: aspect?.span ?? null,
    entities: readEntities(normalized, vocabulary),
    expects: vocabulary.forms.expected(normalized),
  };
}
