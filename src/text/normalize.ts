import * as OpenCC from "opencc-js";
import { unifyNumbers } from "./chinese-numbers.js";
import { memoize } from "./memo.js";

// Traditional (Taiwan/Hong Kong/OpenCC standard) → mainland simplified.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * The one normalisation applied to knowledge and queries alike before segmentation:
 * NFKC folds full-width letters, digits and punctuation to half-width, traditional
 * characters become simplified, numerals become digits, case and spacing are folded.
 */
export const normalizeText: (text: string) => string = memoize(normalize, 64);

function normalize(text: string): string {
  const halfWidth = text.normalize("NFKC").replace(/\u3000/g, " ");
  return unifyNumbers(toSimplified(halfWidth))
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
