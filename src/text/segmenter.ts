import fs from "node:fs";
import nodejieba from "nodejieba";
import { lexiconFiles } from "./lexicon.js";
import { normalizeText } from "./normalize.js";

export interface Segmenter {
  /** Content words of already-normalised text: jieba words without stop words or punctuation. */
  words(normalized: string): string[];
  /** Words plus CJK character bigrams: robust to segmentation differences and typos. */
  features(normalized: string): string[];
  /** Normalises, then returns content words. */
  tokenize(text: string): string[];
  /** jieba's dictionary words only (no guessing of new words), stop words kept: for typo detection. */
  dictionaryCut(normalized: string): string[];
}

export interface SegmenterOptions {
  /** A folder of jieba user-dictionary files (`*.txt`, one per topic area). */
  userDictDir: string;
  stopWordsPath?: string;
}

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
const CJK_RUN = /[\u4e00-\u9fff]+/g;
let loadedUserDict: string | null = null;

function loadStopWords(file?: string): Set<string> {
  if (!file || !fs.existsSync(file)) return new Set();
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
}

/** jieba keeps one dictionary per process, so the user dictionary is loaded once. */
function ensureJieba(userDictDir: string): void {
  // cppjieba takes several user dictionaries joined by "|".
  const files = lexiconFiles(userDictDir, ".txt").join("|");
  if (loadedUserDict === files) return;
  nodejieba.load({ userDict: files });
  loadedUserDict = files;
}

/** The terms of every user-dictionary file in the folder (first column), normalised. */
export function readUserDictTerms(userDictDir: string): string[] {
  return lexiconFiles(userDictDir, ".txt").flatMap((file) =>
    fs.readFileSync(file, "utf8").split(/\r?\n/).map((l) => normalizeText(l.trim().split(/\s+/)[0] ?? "")).filter(Boolean),
  );
}

export function characterBigrams(normalized: string): string[] {
  const grams: string[] = [];
  for (const run of normalized.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i += 1) grams.push(run.slice(i, i + 2));
  }
  return grams;
}

export function createSegmenter(options: SegmenterOptions): Segmenter {
  ensureJieba(options.userDictDir);
  const stopWords = loadStopWords(options.stopWordsPath);
  const words = (normalized: string) =>
    nodejieba.cut(normalized, true).filter((w) => !PUNCTUATION.test(w) && !stopWords.has(w));
  return {
    words,
    features: (normalized) => [...words(normalized), ...characterBigrams(normalized).map((g) => `#${g}`)],
    tokenize: (text) => words(normalizeText(text)),
    dictionaryCut: (normalized) => nodejieba.cut(normalized, false),
  };
}

/** Adds terms at run time (for example from a newly published FAQ) without reloading. */
export function addSegmenterWords(terms: readonly string[]): void {
  for (const term of terms) nodejieba.insertWord(term);
}
