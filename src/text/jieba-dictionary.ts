import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodejieba from "nodejieba";
import { eventLoopTurns } from "../event-loop.js";
import { normalizeText } from "./normalize.js";

/** Bump when the choice of words changes, so stored dictionaries are rebuilt. */
const FORMAT = 1;
/** Words this common (jieba's own frequency count) are kept whatever the knowledge says: everyday question words. */
export const COMMON_FREQUENCY = 100;
/** Padding entries start with this private-use character: no normalised text contains it. */
const PAD = "\uF8FF";

interface Entry {
  word: string;
  frequency: number;
  line: string;
}

function readDictionary(file: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) entries.push({ word: line.slice(0, space), frequency: Number.parseInt(line.slice(space + 1), 10), line });
  }
  return entries;
}

/** Longer words are rare (4% of jieba's): they are looked for only where their first four characters occur. */
const SHORT = 4;

/** Every dictionary word that occurs in one of the texts; pauses (yields) after each text, for the async build. */
function* wordsIn(texts: readonly string[], entries: readonly Entry[]): Generator<void, Set<string>> {
  const words = new Set(entries.map((e) => e.word));
  const longStarts = new Set(entries.filter((e) => e.word.length > SHORT).map((e) => e.word.slice(0, SHORT)));
  let longest = 0;
  for (const { word } of entries) longest = Math.max(longest, word.length);
  const found = new Set<string>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      const last = Math.min(text.length, i + (longStarts.has(text.slice(i, i + SHORT)) ? longest : SHORT));
      for (let end = i + 1; end <= last; end += 1) {
        const candidate = text.slice(i, end);
        if (words.has(candidate)) found.add(candidate);
      }
    }
    yield;
  }
  return found;
}

/**
 * jieba weighs a word log(frequency / sum of all frequencies) and gives unknown characters the
 * smallest weight: the smaller dictionary keeps both, with a padding word in the private-use area
 * carrying the missing frequency. (The median weight, which jieba gives user-dictionary words
 * written without a frequency, is not kept: every bundled user-dictionary line has one.)
 */
function padded(kept: Entry[], all: readonly Entry[]): string[] {
  const min = all.reduce((a, e) => Math.min(a, e.frequency), Infinity);
  const sum = all.reduce((a, e) => a + e.frequency, 0);
  const pads = kept.some((e) => e.frequency === min) ? [] : [`${PAD}${PAD}${PAD} ${min} x`];
  const rest = sum - kept.reduce((a, e) => a + e.frequency, 0) - (pads.length ? min : 0);
  return [...kept.map((e) => e.line), ...pads, `${PAD}${PAD} ${rest} x`];
}

/** The knowledge and lexicon files' text, as written and normalised: what is ever segmented at index time. */
function knowledgeTexts(dirs: readonly string[]): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|tsv|txt|ya?ml|jsonl?)$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        texts.push(text, normalizeText(text));
      }
    }
  };
  dirs.forEach(walk);
  return texts;
}

export interface DictionaryOptions {
  /** Where built dictionaries are kept (DATA_DIR/segmenter). */
  cacheDir: string;
  /** Folders whose text must segment exactly as with jieba's whole dictionary (knowledge, lexicon). */
  textDirs: readonly string[];
  /** Identifies those folders' content (the knowledge base's contentHash): a new one builds a new dictionary. */
  contentHash: string;
  /** jieba's whole dictionary (default: the one nodejieba ships). */
  fullDictionary?: string;
  /** Words at least this frequent in jieba's count are kept whatever the knowledge says (default COMMON_FREQUENCY). */
  commonFrequency?: number;
}

/**
 * The path of a dictionary for this knowledge: built (a second or so) when the knowledge changed,
 * read from the cache otherwise. Text made of the knowledge's words segments exactly as with the
 * whole dictionary; a question's rare word that the knowledge never uses may be cut differently.
 */
export function knowledgeDictionary(options: DictionaryOptions): string {
  const steps = dictionarySteps(options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The same, handing the event loop a turn now and then while it builds (2 s of matching on the bundled knowledge). */
export async function knowledgeDictionaryAsync(options: DictionaryOptions): Promise<string> {
  const pause = eventLoopTurns();
  const steps = dictionarySteps(options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* dictionarySteps(options: DictionaryOptions): Generator<void, string> {
  const full = options.fullDictionary ?? (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const common = options.commonFrequency ?? COMMON_FREQUENCY;
  const stat = fs.statSync(full);
  const key = crypto.createHash("sha256").update(`${FORMAT}\0${common}\0${full}\0${stat.size}\0${stat.mtimeMs}\0${options.contentHash}`).digest("hex").slice(0, 16);
  const file = path.join(options.cacheDir, `jieba-${key}.dict.utf8`);
  if (fs.existsSync(file)) return file;
  const entries = readDictionary(full);
  yield;
  const used = yield* wordsIn(knowledgeTexts(options.textDirs), entries);
  const kept = entries.filter((e) => e.frequency >= common || used.has(e.word));
  fs.mkdirSync(options.cacheDir, { recursive: true });
  // Older dictionaries belong to older knowledge: only the newest is kept.
  for (const old of fs.readdirSync(options.cacheDir)) if (/^jieba-.*\.dict\.utf8$/.test(old) && old !== path.basename(file)) fs.rmSync(path.join(options.cacheDir, old), { force: true });
  const staging = `${file}.${process.pid}`;
  fs.writeFileSync(staging, `${padded(kept, entries).join("\n")}\n`);
  fs.renameSync(staging, file);
  return file;
}
