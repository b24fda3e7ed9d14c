import path from "node:path";
import { loadKnowledge } from "../src/knowledge/index.js";
import { INTENTS, intentTrainingSet, trainIntentClassifier, type Intent, type IntentExample } from "../src/understanding/index.js";

/**
 * npm run fit-intents: 5-fold cross-validation of the intent classifier on its own training examples
 * (training.tsv and the 常见问法 sample), never on evals/. Prints, per intent and threshold, the
 * precision and recall of "this intent when its probability ≥ threshold", to choose INTENT_THRESHOLDS.
 */
const FOLDS = 5;
const examples = intentTrainingSet(path.join("knowledge", "lexicon"), loadKnowledge("knowledge").passages);
const predictions: { truth: Intent; scores: Record<Intent, number> }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const train: IntentExample[] = [];
  const test: IntentExample[] = [];
  examples.forEach((e, i) => (i % FOLDS === fold ? test : train).push(e));
  const classifier = trainIntentClassifier(train);
  for (const e of test) predictions.push({ truth: e.intent, scores: classifier.predict(e.text) });
}
const top = (s: Record<Intent, number>) => INTENTS.reduce((a, b) => (s[b] > s[a] ? b : a));
const accuracy = predictions.filter((p) => top(p.scores) === p.truth).length / predictions.length;
console.log(`${examples.length} examples, ${FOLDS}-fold accuracy (argmax) ${(accuracy * 100).toFixed(1)}%`);
for (const intent of INTENTS) {
  const rows = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
    const flagged = predictions.filter((p) => p.scores[intent] >= t);
    const right = flagged.filter((p) => p.truth === intent).length;
    const all = predictions.filter((p) => p.truth === intent).length;
    return `≥${t}: P ${((right / Math.max(1, flagged.length)) * 100).toFixed(0)}% R ${((right / Math.max(1, all)) * 100).toFixed(0)}%`;
  });
  console.log(`${intent.padEnd(14)} ${rows.join("  ")}`);
}
