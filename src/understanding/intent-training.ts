import path from "node:path";
import type { Passage } from "../knowledge/index.js";
import { readIntentExamples, type IntentExample } from "./intent-classifier.js";

/**
 * One 常见问法 in this many joins the written examples as a general question: they are general by
 * construction and teach the classifier how varied general questions are, without letting them
 * outnumber the written personal-case and off-topic examples tenfold.
 */
const PHRASING_STRIDE = 2;

/** The intent classifier's training set: knowledge/lexicon/intent/training.tsv plus a sample of the knowledge's 常见问法. */
export function intentTrainingSet(lexiconDir: string, passages: Iterable<Passage>): IntentExample[] {
  const written = readIntentExamples(path.join(lexiconDir, "intent", "training.tsv"));
  const phrasings = [...passages].flatMap((p) => p.phrasings).filter((_, i) => i % PHRASING_STRIDE === 0);
  return [...written, ...phrasings.map((text) => ({ intent: "general" as const, text }))];
}
