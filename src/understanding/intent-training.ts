import path from "node:path";
import type { Passage } from "../knowledge/index.js";
import { readIntentExamples, type IntentExample } from "./intent-classifier.js";

/**
 * The intent classifier's training set: knowledge/lexicon/intent/training.tsv plus every 常见问法 of
 * the knowledge as a general question. They are general by construction and teach the classifier how
 * varied general questions are; the class-balanced loss keeps their number from drowning the written
 * personal-case and off-topic examples. All of them, not a sample, so adding a phrasing to one file
 * does not reshuffle what the classifier learns from the others.
 */
export function intentTrainingSet(lexiconDir: string, passages: Iterable<Passage>): IntentExample[] {
  const written = readIntentExamples(path.join(lexiconDir, "intent", "training.tsv"));
  const phrasings = [...passages].flatMap((p) => p.phrasings);
  return [...written, ...phrasings.map((text) => ({ intent: "general" as const, text }))];
}
