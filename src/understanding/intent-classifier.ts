import fs from "node:fs";
import { ZhiceError } from "../errors.js";
import { FEATURE_DIMENSIONS as DIMENSIONS, intentFeatures, type WordCutter } from "./intent-features.js";

export const INTENTS = ["general", "personal_case", "local_figure", "off_topic", "injection"] as const;
export type Intent = (typeof INTENTS)[number];
export type IntentScores = Record<Intent, number>;

export interface IntentExample {
  intent: Intent;
  text: string;
}

export interface IntentClassifier {
  /** Probability of each kind of message (they sum to 1). */
  predict(text: string): IntentScores;
}

/** What training learns: stored so a restart need not train again (src/app/intent-cache.ts). */
export interface IntentWeights {
  weights: Float32Array;
  bias: Float64Array;
}

/**
 * The order SGD visits the examples in one epoch: by a hash of each example's text, the epoch and the
 * seed. It depends on no example's position or on how many there are, so adding one 常见问法 slots it
 * in and leaves the others' relative order alone (a shuffle drawn from a random stream re-dealt every
 * example, and each added phrasing re-rolled a dozen borderline predictions).
 */
export function visitOrder(texts: readonly string[], epoch: number, seed: number): number[] {
  const keys = texts.map((text) => {
    let h = (2166136261 ^ Math.imul(seed + 1, 2654435761) ^ Math.imul(epoch + 1, 40503)) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    h ^= h >>> 15;
    h = Math.imul(h, 2246822519);
    return (h ^ (h >>> 13)) >>> 0;
  });
  return texts.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface IntentTrainingOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Adds the segmenter's words to the character n-grams; the same cutter must then be given to predict. */
  words?: WordCutter;
}

/**
 * Multinomial logistic regression over hashed character n-grams (and words: intent-features.ts), trained by SGD with L2 decay when the
 * assistant starts (about a thousand examples train in well under a second). Written here so the
 * assistant needs no external model.
 */
export function trainIntentClassifier(examples: readonly IntentExample[], options: IntentTrainingOptions = {}): IntentClassifier & IntentWeights {
  const { epochs = 25, rate = 3.0, l2 = 1e-5, words } = options;
  const k = INTENTS.length;
  const weights = new Float32Array(DIMENSIONS * k);
  const bias = new Float64Array(k);
  const data = examples.map((e) => ({ x: intentFeatures(e.text, words), y: INTENTS.indexOf(e.intent) }));
  // Class-balanced loss: general questions (thousands of 常见问法) outnumber each other kind tenfold or
  // more, and unweighted they teach the model that anything with a policy word is general. Each kind
  // weighs about as much in total; the square root keeps general questions from being flagged as rare
  // kinds (5-fold off-topic recall at 0.5: 46% → 52%; on the dev and retired sets, general questions
  // with off-topic ≥ 0.5: 1 of 557).
  const counts = INTENTS.map((_, c) => data.filter((d) => d.y === c).length);
  const classWeight = counts.map((n) => (n === 0 ? 0 : Math.sqrt(data.length / (k * n))));
  const seed = options.seed ?? 7;
  const texts = examples.map((e) => e.text);
  const logits = (x: number[]) => INTENTS.map((_, c) => bias[c]! + x.reduce((s, f) => s + weights[f * k + c]!, 0) / Math.sqrt(x.length));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = visitOrder(texts, epoch, seed);
    const step = rate / (1 + epoch * 0.2);
    for (const i of order) {
      const { x, y } = data[i]!;
      const p = softmax(logits(x));
      const scale = (step * classWeight[y]!) / Math.sqrt(x.length);
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === y ? 1 : 0);
        bias[c]! -= step * classWeight[y]! * g;
        for (const f of x) weights[f * k + c] = weights[f * k + c]! * (1 - l2) - scale * g;
      }
    }
  }
  return { ...intentClassifierFrom({ weights, bias }, words), weights, bias };
}

/** The classifier a training produced (or stored weights of one). */
export function intentClassifierFrom({ weights, bias }: IntentWeights, words?: WordCutter): IntentClassifier {
  const k = INTENTS.length;
  // Each feature's k weights are adjacent: read row by row, not once per intent across the whole table. Each
  // intent's sum still adds its weights in the features' order, as reduce did: the same logits.
  const logits = (x: number[]) => {
    const sums = new Float64Array(k);
    for (const f of x) for (let c = 0; c < k; c += 1) sums[c]! += weights[f * k + c]!;
    return INTENTS.map((_, c) => bias[c]! + sums[c]! / Math.sqrt(x.length));
  };
  return {
    predict(text) {
      const p = softmax(logits(intentFeatures(text, words)));
      return Object.fromEntries(INTENTS.map((intent, c) => [intent, p[c]!])) as IntentScores;
    },
  };
}

/** Reads `label<TAB>text` lines (a header line `label<TAB>text` is skipped); a bad line fails loudly with its number. */
export function readIntentExamples(file: string): IntentExample[] {
  if (!fs.existsSync(file)) throw new ZhiceError("DATA_FILE_MISSING", `Intent examples not found: ${file}`);
  return fs.readFileSync(file, "utf8").split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim() || (i === 0 && line.startsWith("label\t"))) return [];
    const [label, text] = line.split("\t");
    if (!text || !(INTENTS as readonly string[]).includes(label ?? "")) {
      throw new ZhiceError("DATA_FILE_MISSING", `${file}:${i + 1}: expected "<${INTENTS.join("|")}><TAB><text>"`);
    }
    return [{ intent: label as Intent, text }];
  });
}
