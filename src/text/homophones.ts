import { convert, pinyin } from "pinyin-pro";
import type { LexiconMatch } from "./lexicon.js";

/**
 * People type with pinyin input methods, so their typos are homophones: 温岗 for 稳岗, 被案 for 备案,
 * 报消 for 报销. This finds such spans and maps them to the policy term that sounds the same.
 */
export interface HomophoneOptions {
  /** Policy terms to recognise (normalised); only 2–4 character, all-Chinese ones are used. */
  terms: Iterable<string>;
  /** Dictionary segmentation without new-word guessing: a span jieba knows as one word is no typo. */
  dictionaryCut: (text: string) => string[];
  /** Builds the sound table of the terms (default `soundTable`; the app reads a stored one instead). */
  soundTable?: (terms: string[]) => Map<string, string[]>;
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;
const TERM = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * Toneless syllables by toned ones. pinyin-pro's toneType "none" strips the tone of every syllable it returns
 * with nine regular expressions (most of a short text's reading time); its own converter does the same to
 * each distinct syllable once here. A CJK run reads as syllables and unknown characters, a finite set.
 */
const toneless = new Map<string, string>();
function withoutTone(syllable: string): string {
  let plain = toneless.get(syllable);
  if (plain === undefined) toneless.set(syllable, (plain = convert([syllable], { format: "toneNone" })[0]!));
  return plain;
}

const syllables = (text: string): string[] => pinyin(text, { type: "array" }).map(withoutTone);

/** The terms by their sound (`wen gang` → 稳岗): only 2–4 character, all-Chinese ones. */
export function soundTable(terms: readonly string[]): Map<string, string[]> {
  const bySound = new Map<string, string[]>();
  for (const term of new Set(terms)) {
    if (!TERM.test(term)) continue;
    const key = syllables(term).join(" ");
    bySound.set(key, [...(bySound.get(key) ?? []), term]);
  }
  return bySound;
}

/** A sound table's terms by syllable, one level per syllable: a span's terms without joining its syllables into a key. */
interface SoundNode {
  next: Map<string, SoundNode>;
  terms: string[] | undefined;
}

function soundTree(bySound: ReadonlyMap<string, string[]>): SoundNode {
  const root: SoundNode = { next: new Map(), terms: undefined };
  for (const [key, terms] of bySound) {
    let node = root;
    for (const syllable of key.split(" ")) {
      let child = node.next.get(syllable);
      if (!child) node.next.set(syllable, (child = { next: new Map(), terms: undefined }));
      node = child;
    }
    node.terms = terms;
  }
  return root;
}

/** `bySound.get(sounds.slice(start, end).join(" "))`: a syllable never holds a space, so the path is the key. */
function termsSounding(root: SoundNode, sounds: readonly string[], start: number, end: number): string[] | undefined {
  let node: SoundNode | undefined = root;
  for (let i = start; i < end && node; i += 1) node = node.next.get(sounds[i]!);
  return node?.terms;
}

export function createHomophoneMatcher(options: HomophoneOptions): (normalized: string) => LexiconMatch[] {
  const bySound = (options.soundTable ?? soundTable)([...options.terms]);
  const tree = soundTree(bySound);

  return (normalized) => {
    const found = new Map<string, string[]>();
    for (const run of normalized.match(CJK_RUN) ?? []) {
      // Only spans made of whole dictionary tokens: 报小学 is 报/小学, so 报小 is never read as 报销.
      const boundaries = new Set([0]);
      let offset = 0;
      for (const token of options.dictionaryCut(run)) boundaries.add((offset += token.length));
      // A run with no such span of 2 to 4 characters (a single character, one long word) has nothing to find: its
      // reading, most of the matcher's time, is not worked out.
      if (![...boundaries].some((start) => boundaries.has(start + 2) || boundaries.has(start + 3) || boundaries.has(start + 4))) continue;
      const sounds = syllables(run);
      if (sounds.length !== run.length) continue; // a character pinyin-pro could not read
      for (const start of boundaries) {
        for (let length = 4; length >= 2; length -= 1) {
          const end = start + length;
          if (end > run.length || !boundaries.has(end)) continue;
          const span = run.slice(start, end);
          // The sound look-up first: most spans sound like no term, and then no segmentation is needed.
          const terms = (termsSounding(tree, sounds, start, end) ?? []).filter((t) => t !== span && !normalized.includes(t));
          if (terms.length === 0) continue;
          if (options.dictionaryCut(span).length === 1) continue; // a real word, not a typo
          found.set(span, terms);
        }
      }
    }
    return [...found].map(([colloquial, official]) => ({ colloquial, official }));
  };
}
