import { INTENTS, intentClassifierFrom, trainIntentClassifier, type IntentClassifier, type IntentExample, type IntentWeights, type WordCutter } from "../understanding/index.js";
import type { Segmenter } from "../text/index.js";
import { cachedValue, codeHash, type CacheCodec } from "./startup-cache.js";

const BIAS_BYTES = INTENTS.length * Float64Array.BYTES_PER_ELEMENT;

/** The weights as bytes: the biases, then the weight matrix. */
const weightsCodec: CacheCodec<IntentWeights, Buffer> = {
  extension: "bin",
  encode: ({ bias, weights }) => Buffer.concat([Buffer.from(bias.buffer), Buffer.from(weights.buffer)]),
  // Copied into aligned arrays: a Buffer's offset into its pool need not be a multiple of 8.
  decode: (bytes) => ({
    bias: new Float64Array(new Uint8Array(bytes.subarray(0, BIAS_BYTES)).buffer),
    weights: new Float32Array(new Uint8Array(bytes.subarray(BIAS_BYTES)).buffer),
  }),
};

/**
 * The intent classifier trains in about a second at every start; its weights depend only on the
 * examples, the training code and the segmenter's dictionaries (its words are features), so they are stored
 * under a hash of all three (the code's folders: an edited trainer or feature function never reuses old
 * weights) and a restart reads them instead.
 */
export function cachedIntentClassifier(examples: readonly IntentExample[], cacheDir: string, words?: WordCutter): IntentClassifier {
  // The trainer, its features and the normalisation live in these folders (codeHash: the same under tsx and compiled).
  const code = codeHash(["understanding", "text"]);
  const keyParts = [code, JSON.stringify(examples), words ? `words:${words.signature}` : "no words"];
  const trained = cachedValue(cacheDir, "intents", keyParts, () => trainIntentClassifier(examples, words ? { words } : {}), weightsCodec);
  return intentClassifierFrom(trained, words);
}

/** The segmenter's content words as the classifier's word features (stop words such as 我 stay in its character n-grams). */
export function intentWords(segmenter: Segmenter): WordCutter {
  return { cut: (normalized) => segmenter.words(normalized), signature: segmenter.signature };
}
