import fs from "node:fs";
import path from "node:path";
import { ZhiceError } from "../errors.js";
import { createGappedMatcher } from "./gapped-phrases.js";
import { createHomophoneMatcher } from "./homophones.js";
import { memoize } from "./memo.js";
import { normalizeText } from "./normalize.js";

export interface LexiconMatch {
  colloquial: string;
  official: string[];
}

export interface Lexicon {
  size: number;
  /** Official terms for the colloquial phrases found in already-normalised text (longest first). */
  match(normalized: string): LexiconMatch[];
  /**
   * `match`, plus a two-part phrase whose parts a question separates (商标要是已经过期了 for 商标过期): people put
   * words between an object and what happens to it, and a follow-up completed with its object (商标 + 要是已经过期了咋办)
   * always does. Only for questions: a section's long text would pair parts that have nothing to do with each other.
   */
  matchQuestion(normalized: string): LexiconMatch[];
  /** The text followed by the official terms it implies, for retrieval (pass `matches` if already found). */
  expand(normalized: string, matches?: LexiconMatch[]): string;
}

/** Parses `colloquial<TAB>official official…` lines; # starts a comment. */
export function parseLexicon(text: string, source = "lexicon"): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const [key, value] = line.split("\t");
    if (!key || !value) {
      throw new ZhiceError("KNOWLEDGE_INVALID", `${source}:${index + 1}: expected "colloquial<TAB>official", got "${line}"`);
    }
    entries.set(normalizeText(key), value.trim().split(/\s+/).map(normalizeText));
  });
  return entries;
}

export interface LexiconOptions {
  /**
   * Domain terms beyond the lexicon's own (the user dictionary's: 身份证, 商标): also recognised through homophone typos,
   * and the first part of a two-part phrase a question separates (gapped-phrases.ts).
   */
  domainTerms?: Iterable<string>;
  /** Recognise homophone typos of the lexicon's terms and the domain terms (温岗 → 稳岗); see homophones.ts. */
  homophones?: { dictionaryCut: (text: string) => string[]; soundTable?: (terms: string[]) => Map<string, string[]> };
}

export function createLexicon(entries: Map<string, string[]>, options: LexiconOptions = {}): Lexicon {
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
  const domainTerms = [...(options.domainTerms ?? [])];
  // A phrase can only be found where its first character is: each character lists the phrases (by place in keys) starting with it.
  const startingWith = new Map<string, number[]>();
  keys.forEach((key, i) => startingWith.set(key[0]!, [...(startingWith.get(key[0]!) ?? []), i]));
  /**
   * The keys (by place) found in the text, read at each position from the phrases starting with its character:
   * a long section body costs its length times a few phrases, not every phrase of its characters times its
   * length. A phrase with a space could appear only once a longer phrase is blanked out: it is always tried.
   */
  const presentKeys = (normalized: string): number[] => {
    const present = new Set<number>();
    for (let at = 0; at < normalized.length; at += 1) {
      for (const i of startingWith.get(normalized[at]!) ?? []) {
        if (!present.has(i) && (spaced.has(i) || normalized.startsWith(keys[i]!, at))) present.add(i);
      }
    }
    return [...present].sort((a, b) => a - b);
  };
  const spaced = new Set(keys.flatMap((key, i) => (/\s/.test(key) ? [i] : [])));
  const typos = options.homophones
    ? createHomophoneMatcher({
        terms: [...keys, ...[...entries.values()].flat(), ...domainTerms],
        dictionaryCut: options.homophones.dictionaryCut,
        ...(options.homophones.soundTable ? { soundTable: options.homophones.soundTable } : {}),
      })
    : null;
  const match = memoize((normalized: string): LexiconMatch[] => {
    let rest = normalized;
    const found: LexiconMatch[] = [];
    // The same phrases in the same order (longest first) as trying every key, without trying the absent ones.
    for (const key of presentKeys(normalized).map((i) => keys[i]!)) {
      if (!rest.includes(key)) continue;
      found.push({ colloquial: key, official: entries.get(key)! });
      rest = rest.split(key).join(" ".repeat(key.length)); // a longer phrase consumes its parts
    }
    // What the lexicon did not recognise may be a typo of a term: 社宝 → 社保 (→ 社会保障卡).
    for (const typo of typos?.(rest) ?? []) {
      found.push({ colloquial: typo.colloquial, official: typo.official.flatMap((t) => [t, ...(entries.get(t) ?? [])]) });
    }
    return found;
  }, 32);
  const phrasesApart = createGappedMatcher(keys, entries, domainTerms);
  return {
    size: entries.size,
    match,
    matchQuestion: memoize((normalized: string): LexiconMatch[] => {
      const found = match(normalized);
      const apart = phrasesApart(normalized, new Set(found.map((m) => m.colloquial)));
      return apart.length ? [...found, ...apart.map((key) => ({ colloquial: key, official: entries.get(key)! }))] : found;
    }, 32),
    expand(normalized, matches = match(normalized)) {
      const extra = matches.flatMap((m) => m.official.filter((t) => !normalized.includes(t)));
      return extra.length ? `${normalized} ${[...new Set(extra)].join(" ")}` : normalized;
    },
  };
}

/** Files of a lexicon folder with the given extension, in a stable order (one file per topic area). */
export function lexiconFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new ZhiceError("DATA_FILE_MISSING", `Lexicon folder not found: ${dir}`);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(extension)).sort().map((f) => path.join(dir, f));
  if (files.length === 0) throw new ZhiceError("DATA_FILE_MISSING", `No *${extension} files in lexicon folder ${dir}`);
  return files;
}

/** Loads every `*.tsv` of a folder; a phrase listed in two files maps to the union of their terms. */
export function loadLexicon(dir: string, options: LexiconOptions = {}): Lexicon {
  const merged = new Map<string, string[]>();
  for (const file of lexiconFiles(dir, ".tsv")) {
    for (const [key, terms] of parseLexicon(fs.readFileSync(file, "utf8"), file)) {
      merged.set(key, [...new Set([...(merged.get(key) ?? []), ...terms])]);
    }
  }
  return createLexicon(merged, options);
}
