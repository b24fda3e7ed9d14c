import { memoize } from "../text/memo.js";
import { requiredPrefix } from "../text/regexp.js";
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

/** Each pattern's required opening (requiredPrefix), worked out once. */
const prefixes = new WeakMap<RegExp, string>();

/**
 * One bit per UTF-16 unit of the text being read (readEntities, readAspect set and clear them): a pattern whose
 * required opening starts with a unit the text lacks is ruled out by one bit test instead of a search of the text.
 */
const present = new Uint32Array(65_536 / 32);
function markUnits(text: string, on: boolean): void {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    present[unit >>> 5] = on ? present[unit >>> 5]! | (1 << (unit & 31)) : 0;
  }
}
const mayHold = (text: string, prefix: string) => (present[prefix.charCodeAt(0) >>> 5]! & (1 << (prefix.charCodeAt(0) & 31))) !== 0 && text.includes(prefix);

/** What allMatches gives for an absent pattern (most of them): one shared array, not a new one per pattern. */
const NO_MATCHES: readonly { start: number; span: string }[] = Object.freeze([]);

function allMatches(pattern: RegExp, text: string): readonly { start: number; span: string }[] {
  // Most patterns are absent from a given text: the text they must contain rules most of them out without
  // running the regex (a few hundred patterns per question), one test the rest, before the matches are collected.
  let prefix = prefixes.get(pattern);
  if (prefix === undefined) prefixes.set(pattern, (prefix = requiredPrefix(pattern.source)));
  if (prefix !== "" && !mayHold(text, prefix)) return NO_MATCHES;
  pattern.lastIndex = 0;
  const present = pattern.test(text);
  pattern.lastIndex = 0;
  if (!present) return NO_MATCHES;
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index ?? 0, span: m[0] }));
}

/** Entities, longest match first and without overlaps, in the order they appear. */
export function readEntities(text: string, vocabulary: FrameVocabulary): EntityMention[] {
  // A loop, not flatMap: a few hundred entity patterns per question, nearly all absent, each made two empty arrays.
  const found: EntityMention[] = [];
  markUnits(text, true);
  try {
    for (const e of vocabulary.entities) {
      const matches = allMatches(e.pattern, text);
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
  const remedy = vocabulary.remedy && allMatches(vocabulary.remedy.pattern, text)[0];
  if (remedy) return { aspect: vocabulary.remedy!.aspect, span: remedy.span };
  let best: { aspect: string; span: string; end: number; weak: boolean } | null = null;
  const spans: { aspect: string; span: string; start: number }[] = [];
  markUnits(text, true);
  try {
    for (const cue of vocabulary.cues) {
      const matches = allMatches(cue.pattern, text);
      for (let i = 0; i < matches.length; i += 1) {
        const m = matches[i]!;
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
