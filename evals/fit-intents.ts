import path from "node:path";
import { intentWords } from "../src/app/intent-cache.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { createSegmenter } from "../src/text/index.js";
import { INTENTS, intentTrainingSet, trainIntentClassifier, type Intent, type IntentExample, type IntentTrainingOptions, readIntentExamples } from "../src/understanding/index.js";

/**
 * npm run fit-intents: 5-fold cross-validation of the intent classifier on its own training examples
 * (training.tsv and the 常见问法 sample), never on evals/. Prints, per intent and threshold, the
 * precision and recall of "this intent when its probability ≥ threshold", to choose INTENT_THRESHOLDS, and the
 * log loss (lower: probabilities nearer the truth), to choose training settings: `-- --l2 3e-5 --epochs 25 --rate 3
 * --no-words` try others than the defaults.
 */
const FOLDS = 5;
const lexiconDir = path.join("knowledge", "lexicon");
const args = process.argv.slice(2);
const numberArg = (name: string) => (args.includes(`--${name}`) ? { [name]: Number(args[args.indexOf(`--${name}`) + 1]) } : {});
const segmenter = createSegmenter({ userDictDir: path.join(lexiconDir, "userdict"), stopWordsPath: path.join(lexiconDir, "stopwords.txt") });
const options: IntentTrainingOptions = { ...numberArg("l2"), ...numberArg("epochs"), ...numberArg("rate"), ...(args.includes("--no-words") ? {} : { words: intentWords(segmenter) }) };
const examples = intentTrainingSet(lexiconDir, loadKnowledge("knowledge").passages);
// training.tsv comes first: its general questions are the hard ones (personal background that still asks a rule).
const writtenCount = readIntentExamples(path.join(lexiconDir, "intent", "training.tsv")).length;
const predictions: { truth: Intent; scores: Record<Intent, number>; written: boolean }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const train: IntentExample[] = [];
  const test: IntentExample[] = [];
  const testIndex: number[] = [];
  examples.forEach((e, i) => {
    if (i % FOLDS === fold) testIndex.push(i);
    (i % FOLDS === fold ? test : train).push(e);
  });
  const classifier = trainIntentClassifier(train, options);
  test.forEach((e, j) => predictions.push({ truth: e.intent, scores: classifier.predict(e.text), written: testIndex[j]! < writtenCount }));
}
const top = (s: Record<Intent, number>) => INTENTS.reduce((a, b) => (s[b] > s[a] ? b : a));
const accuracy = predictions.filter((p) => top(p.scores) === p.truth).length / predictions.length;
const logLoss = -predictions.reduce((s, p) => s + Math.log(Math.max(1e-9, p.scores[p.truth])), 0) / predictions.length;
console.log(`${examples.length} examples, ${FOLDS}-fold accuracy (argmax) ${(accuracy * 100).toFixed(1)}%, log loss ${logLoss.toFixed(4)}`);
for (const intent of INTENTS) {
  const rows = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
    const flagged = predictions.filter((p) => p.scores[intent] >= t);
    const right = flagged.filter((p) => p.truth === intent).length;
    const all = predictions.filter((p) => p.truth === intent).length;
    return `≥${t}: P ${((right / Math.max(1, flagged.length)) * 100).toFixed(0)}% R ${((right / Math.max(1, all)) * 100).toFixed(0)}%`;
  });
  console.log(`${intent.padEnd(14)} ${rows.join("  ")}`);
}
const hardGeneral = predictions.filter((p) => p.truth === "general" && p.written);
const flagged = [0.5, 0.6, 0.7, 0.8].map((t) => `≥${t}: ${hardGeneral.filter((p) => p.scores.personal_case >= t).length}`);
console.log(`written general questions (${hardGeneral.length}) flagged personal_case ${flagged.join("  ")}`);
