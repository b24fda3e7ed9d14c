import path from "node:path";
import type { Passage } from "../knowledge/index.js";
import { readIntentExamples, type IntentExample } from "./intent-classifier.js";

/**
 * One 常见问法 in this many joins the written examples as a general question: they are general by
 * construction and teach the classifier how varied general questions are. Which ones is decided by a
 * hash of the text, not its position, so adding a phrasing to one file does not reshuffle the sample.
 */
const PHRASING_STRIDE = 2;

function sampled(text: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % PHRASING_STRIDE === 0;
}

/** The intent classifier's training set: knowledge/lexicon/intent/training.tsv plus a sample of the knowledge's 常见问法. */
export function intentTrainingSet(lexiconDir: string, passages: Iterable<Passage>): IntentExample[] {
  const written = readIntentExamples(path.join(lexiconDir, "intent", "training.tsv"));
  const phrasings = [...passages].flatMap((p) => p.phrasings).filter(sampled);
  return [...written, ...phrasings.map((text) => ({ intent: "general" as const, text }))];
}
