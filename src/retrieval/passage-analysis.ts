import type { Passage } from "../knowledge/index.js";
import { createSegmenter, loadLexicon, normalizeText, readUserDictTerms } from "../text/index.js";
import { indexText, questionText, type PassageText } from "./passage-text.js";
import { prepareQuery } from "./query.js";
import { classifierTexts } from "./section-classifier.js";

export type Featurize = (text: string) => string[];

/** The texts embedded for a passage besides its whole text: each way of asking it (heading, 常见问法). */
export function askTexts(passage: Pick<Passage, "heading" | "phrasings">): string[] {
  return [passage.heading, ...passage.phrasings].map(normalizeText);
}

/**
 * A passage's feature lists in the order a build numbers them: its whole text, its question side, the
 * classifier's texts read as questions (heading, 常见问法, body, title), then each way of asking it.
 */
export function passageFeatures(passage: PassageText, featurize: Featurize, featurizeQuestion: Featurize): string[][] {
  return [
    featurize(indexText(passage)),
    featurize(questionText(passage)),
    ...classifierTexts(passage).map(featurizeQuestion),
    ...askTexts(passage).map(featurize),
  ];
}

/** Where passageFeatures' lists start: [question side, classifier texts, ways of asking, end]. */
export function featureListStarts(passage: Pick<Passage, "phrasings">): [number, number, number, number] {
  const n = passage.phrasings.length;
  return [1, 2, 2 + n + 3, 2 + n + 3 + n + 1];
}

/**
 * How a worker thread makes the text tools a build uses (jieba and the lexicon cannot be sent to it): the
 * segmenter's files and the colloquial lexicon's folder. The question featurizer is the one the assistant
 * uses: normalised, expanded by the lexicon (prepareQuery), then words and bigrams.
 */
export interface TextToolsRecipe {
  userDictDir: string;
  stopWordsPath?: string;
  /** jieba's word dictionary, when not the whole one nodejieba ships. */
  dictionary?: string;
  colloquialDir: string;
}

export function textToolsFrom(recipe: TextToolsRecipe): { featurize: Featurize; featurizeQuestion: Featurize } {
  const segmenter = createSegmenter({
    userDictDir: recipe.userDictDir,
    ...(recipe.stopWordsPath ? { stopWordsPath: recipe.stopWordsPath } : {}),
    ...(recipe.dictionary ? { dictionary: recipe.dictionary } : {}),
  });
  const lexicon = loadLexicon(recipe.colloquialDir, {
    domainTerms: readUserDictTerms(recipe.userDictDir),
    homophones: { dictionaryCut: segmenter.dictionaryCut },
  });
  return {
    featurize: (text) => segmenter.features(text),
    featurizeQuestion: (text) => segmenter.features(prepareQuery(text, lexicon, segmenter).expanded),
  };
}
