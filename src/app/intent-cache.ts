import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { normalizeText } from "../text/index.js";
import { INTENTS, intentClassifierFrom, intentFeatures, trainIntentClassifier, type IntentClassifier, type IntentExample } from "../understanding/index.js";

/**
 * The intent classifier trains in about a second at every start; its weights depend only on the
 * examples and the training code, so they are stored under a hash of both (the code's own text: an
 * edited trainer or feature function never reuses old weights) and a restart reads them instead.
 */
export function cachedIntentClassifier(examples: readonly IntentExample[], cacheDir: string): IntentClassifier {
  const key = crypto
    .createHash("sha256")
    .update([trainIntentClassifier, intentFeatures, normalizeText].map(String).join("\0"))
    .update(JSON.stringify(examples))
    .digest("hex")
    .slice(0, 16);
  const file = path.join(cacheDir, `intents-${key}.bin`);
  const biasBytes = INTENTS.length * Float64Array.BYTES_PER_ELEMENT;
  try {
    const bytes = fs.readFileSync(file);
    // Copied into aligned arrays: a Buffer's offset into its pool need not be a multiple of 8.
    const bias = new Float64Array(new Uint8Array(bytes.subarray(0, biasBytes)).buffer);
    const weights = new Float32Array(new Uint8Array(bytes.subarray(biasBytes)).buffer);
    return intentClassifierFrom({ weights, bias });
  } catch {
    // Not stored yet (or unreadable): train, then store for the next start.
  }
  const trained = trainIntentClassifier(examples);
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir)) if (/^intents-.*\.bin$/.test(old) && old !== path.basename(file)) fs.rmSync(path.join(cacheDir, old), { force: true });
  const staging = `${file}.${process.pid}`;
  fs.writeFileSync(staging, Buffer.concat([Buffer.from(trained.bias.buffer), Buffer.from(trained.weights.buffer)]));
  fs.renameSync(staging, file);
  return trained;
}
