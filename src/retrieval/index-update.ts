import { CorpusEmbeddings } from "./corpus-embeddings.js";
import { passageDocuments, type BuildInputs, type IndexParts } from "./index-build.js";
import type { UpdatePlan } from "./index-manifest.js";
import { indexText, questionText } from "./passage-text.js";
import { passageExamples } from "./section-classifier.js";

/**
 * Brings loaded index parts up to date section by section: the removed and changed sections' vectors are
 * marked deleted, their postings and classifier weights dropped; the new and changed ones are segmented,
 * embedded (with the stored IDF table; words it never saw get one as if counted in it), posted and trained on. The cost grows with the sections that changed
 * (and one pass over the postings), not with a rebuild of the base.
 */
export async function applyUpdate(parts: IndexParts, plan: UpdatePlan, inputs: BuildInputs): Promise<void> {
  const { store, classifier, bm25, questionBm25 } = parts;
  if (plan.remove.size > 0) {
    store.removePassages(plan.remove);
    bm25.remove(plan.remove);
    questionBm25.remove(plan.remove);
    classifier.removeSections(plan.remove);
  }
  if (plan.add.length === 0) return;
  if (parts.embeddings instanceof CorpusEmbeddings) parts.embeddings.learnNewFeatures(plan.add.map(indexText));
  await store.addDocuments(plan.add.flatMap(passageDocuments));
  for (const p of plan.add) {
    bm25.add(p.id, inputs.segmenter.features(indexText(p)));
    questionBm25.add(p.id, inputs.segmenter.features(questionText(p)));
  }
  bm25.compact();
  questionBm25.compact();
  const { examples, vocabulary } = passageExamples(plan.add, inputs.featurizeQuestion);
  classifier.addSections(examples, vocabulary);
}
