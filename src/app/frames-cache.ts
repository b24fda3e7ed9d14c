import type { Passage } from "../knowledge/index.js";
import { createSectionFrames, deriveSectionFrame, type FrameVocabulary, type SectionFrame, type SectionFrames } from "../understanding/index.js";
import { cachedValue, codeHash } from "./startup-cache.js";

type StoredFrame = Omit<SectionFrame, "mentions" | "about" | "forms"> & { mentions: string[]; about: string[]; forms: string[] };

const codec = {
  encode: (frames: Map<string, SectionFrame>) =>
    JSON.stringify([...frames].map(([id, f]) => [id, { ...f, mentions: [...f.mentions], about: [...f.about], forms: [...f.forms] }])),
  decode: (text: string) =>
    new Map(
      (JSON.parse(text) as [string, StoredFrame][]).map(([id, f]) => [id, { ...f, mentions: new Set(f.mentions), about: new Set(f.about), forms: new Set(f.forms) }]),
    ),
};

/**
 * Every section's frame (aspect, objects, answer forms), derived from its text with the frame vocabulary: a
 * third of a second of pattern matching at each start on the bundled knowledge, so they are stored in the cache
 * under the knowledge's hash (which covers the lexicon and so the vocabulary) and the deriving code's.
 */
export function cachedSectionFrames(passages: readonly Passage[], vocabulary: FrameVocabulary, cacheDir: string, contentHash: string): SectionFrames {
  const derived = cachedValue(
    cacheDir,
    "section-frames",
    [contentHash, codeHash(["understanding", "text", "knowledge"])],
    () => new Map(passages.map((p) => [p.id, deriveSectionFrame(p, vocabulary)])),
    codec,
  );
  return createSectionFrames(passages, vocabulary, derived);
}
