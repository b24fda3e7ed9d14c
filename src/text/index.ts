export { normalizeText } from "./normalize.js";
export { unifyNumbers, parseChineseNumeral } from "./chinese-numbers.js";
export { createSegmenter, characterBigrams, addSegmenterWords, type Segmenter } from "./segmenter.js";
export { createLexicon, loadLexicon, parseLexicon, type Lexicon, type LexiconMatch } from "./lexicon.js";
