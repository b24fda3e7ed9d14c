import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodejieba from "nodejieba";
import { sourceAsset } from "../project-root.js";
import { lexiconFiles } from "./lexicon.js";
import { memoize } from "./memo.js";
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
  /** Place names in already-normalised text (jieba's part-of-speech tag ns: 杭州, 河南). */
  placeNames(normalized: string): string[];
  /** A hash of what decides the cuts (jieba's dictionary, the user dictionaries, the stop words): part of cache keys of what is learnt from words. */
  signature: string;
}

export interface SegmenterOptions {
  /** A folder of jieba user-dictionary files (`*.txt`, one per topic area). */
  userDictDir: string;
  stopWordsPath?: string;
  /** jieba's word dictionary (default: the whole one nodejieba ships; see jieba-dictionary.ts for a smaller one). */
  dictionary?: string;
}

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
const CJK_RUN = /[\u4e00-\u9fff]+/g;
let loaded: string | null = null;
/**
 * jieba also loads an IDF table for keyword extraction, which 知策 never uses: 6 MB read and parsed at every
 * start (a third of the load). A one-line table stands in for it; cutting does not read it.
 */
const NO_IDF = sourceAsset(import.meta.url, "./jieba-no-idf.utf8");

function loadStopWords(file?: string): Set<string> {
  if (!file || !fs.existsSync(file)) return new Set();
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
}

/**
 * jieba keeps one dictionary per process: each segmenter loads its own before cutting when another
 * segmenter (a different dictionary) loaded since, so neither ever cuts with the other's words.
 */
function jiebaLoader(userDictDir: string, dictionary?: string): () => void {
  // cppjieba takes several user dictionaries joined by "|".
  const userDict = lexiconFiles(userDictDir, ".txt").join("|");
  const key = `${dictionary ?? ""}\0${userDict}`;
  const ensure = () => {
    if (loaded === key) return;
    nodejieba.load({ userDict, idfDict: NO_IDF, ...(dictionary ? { dict: dictionary } : {}) });
    loaded = key;
  };
  ensure();
  return ensure;
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

/**
 * What the segmenter cuts by: the dictionaries' names and content, not where they lie (a knowledge dictionary
 * sits in DATA_DIR's cache), so values cached under it survive a moved or copied data folder.
 */
function signatureOf(options: SegmenterOptions): string {
  const hash = crypto.createHash("sha256");
  const dictionary = options.dictionary;
  hash.update(dictionary && fs.existsSync(dictionary) ? fs.readFileSync(dictionary) : (dictionary ?? "default")).update("\0");
  for (const file of [...lexiconFiles(options.userDictDir, ".txt"), ...(options.stopWordsPath && fs.existsSync(options.stopWordsPath) ? [options.stopWordsPath] : [])]) {
    hash.update(`${path.basename(file)}\0`).update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function createSegmenter(options: SegmenterOptions): Segmenter {
  const ensure = jiebaLoader(options.userDictDir, options.dictionary);
  const stopWords = loadStopWords(options.stopWordsPath);
  // An answer cuts its question several times (reading it, retrieving, the follow-up check): the repeats are remembered.
  const cutPiece = memoize((piece) => {
    ensure();
    return nodejieba.cut(piece, true).filter((w) => !PUNCTUATION.test(w) && !stopWords.has(w));
  }, 64);
  // jieba cuts the text between two spaces on its own (cppjieba's PreFilter: a space is a separator, a word of its
  // own, dropped here as punctuation), so a text is the words of its pieces: the question expanded with its official
  // terms (lexicon.expand) reuses the question's cut and the terms' instead of cutting all of it again.
  const cutWords = (normalized: string) => (normalized.includes(" ") ? normalized.split(" ").flatMap(cutPiece) : cutPiece(normalized));
  const cutDictionary = memoize((normalized) => {
    ensure();
    return nodejieba.cut(normalized, false);
  }, 64);
  const words = (normalized: string) => cutWords(normalized).slice();
  // A ranking's text is featurised twice (its keyword searches and classifier, then its embedding): the same strings,
  // whose hashes V8 then already knows for every map they are looked up in.
  const featuresOf = memoize((normalized) => [...cutWords(normalized), ...characterBigrams(normalized).map((g) => `#${g}`)], 64);
  const places = memoize((normalized) => {
    ensure();
    return nodejieba.tag(normalized).filter((t) => t.tag === "ns").map((t) => t.word);
  }, 64);
  return {
    words,
    features: (normalized) => featuresOf(normalized).slice(),
    tokenize: (text) => words(normalizeText(text)),
    dictionaryCut: (normalized) => cutDictionary(normalized).slice(),
    placeNames: (normalized) => places(normalized).slice(),
    signature: signatureOf(options),
  };
}

/** Adds terms at run time (for example from a newly published FAQ) without reloading. */
export function addSegmenterWords(terms: readonly string[]): void {
  for (const term of terms) nodejieba.insertWord(term);
}
