import { normalizeText } from "../text/index.js";
import { INTENTS, intentClassifierFrom, intentFeatures, trainIntentClassifier, visitOrder, type IntentClassifier, type IntentExample, type IntentWeights } from "../understanding/index.js";
import { cachedValue, type CacheCodec } from "./startup-cache.js";

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
 * examples and the training code, so they are stored under a hash of both (the code's own text: an
 * edited trainer or feature function never reuses old weights) and a restart reads them instead.
 */
export function cachedIntentClassifier(examples: readonly IntentExample[], cacheDir: string): IntentClassifier {
  const code = [trainIntentClassifier, visitOrder, intentFeatures, normalizeText].map(String).join("\0");
  const trained = cachedValue(cacheDir, "intents", [code, JSON.stringify(examples)], () => trainIntentClassifier(examples), weightsCodec);
  return intentClassifierFrom(trained);
}
