export { normalizeText } from "./normalize.js";
export { unifyNumbers, parseChineseNumeral } from "./chinese-numbers.js";
export { createSegmenter, characterBigrams, addSegmenterWords, readUserDictTerms, type Segmenter } from "./segmenter.js";
export { createLexicon, lexiconFiles, loadLexicon, parseLexicon, type LexiconOptions, type Lexicon, type LexiconMatch } from "./lexicon.js";
export { knowledgeDictionary, knowledgeDictionaryAsync, COMMON_FREQUENCY } from "./jieba-dictionary.js";
export { escapeRegExp } from "./regexp.js";
export { soundTable } from "./homophones.js";
export { numeralTolerant } from "./numeral-tolerant.js";
