import type { Passage } from "../knowledge/index.js";

/**
 * A softmax classifier from question features to sections, trained on each section's own ways of
 * asking (heading and 常见问法). BM25 weighs a word the same for every section that contains it; this
 * learns which words tell sibling sections apart (哪里/窗口 for "where to apply", 条件/算不算 for
 * "who qualifies"). Weights are sparse: a section only has weights for features of its own text.
 */
export interface ClassifierExample {
  sectionId: string;
  features: readonly string[];
}

export interface ClassifierOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update, keeps rare words from dominating. */
  l2?: number;
}

export interface SectionClassifierState {
  sections: string[];
  /** feature → [section indexes, weights] */
  weights: Record<string, [number[], number[]]>;
}

/** The sections that have a weight for one feature, and those weights (parallel arrays). */
interface Row {
  sections: Int32Array;
  values: Float64Array;
}

export class SectionClassifier {
  private readonly sectionSet: Set<string>;
  private readonly scores: Float64Array;

  private constructor(
    private readonly sections: string[],
    private readonly rows: Map<string, Row>,
  ) {
    this.sectionSet = new Set(sections);
    this.scores = new Float64Array(sections.length);
  }

  /** Trains on examples; `vocabulary` gives each section's allowed features (its own text). */
  static train(examples: readonly ClassifierExample[], vocabulary: Map<string, Iterable<string>>, options: ClassifierOptions = {}): SectionClassifier {
    // Defaults chosen by leaving 常见问法 out of training and asking them (see README "Retrieval").
    const { epochs = 8, learningRate = 0.2, l2 = 1e-4 } = options;
    const sections = [...vocabulary.keys()];
    const sectionIndex = new Map(sections.map((s, i) => [s, i]));
    const owners = new Map<string, number[]>();
    sections.forEach((section, i) => {
      for (const feature of new Set(vocabulary.get(section)!)) {
        let list = owners.get(feature);
        if (!list) owners.set(feature, (list = []));
        list.push(i);
      }
    });
    const rows = new Map<string, Row>();
    for (const [feature, list] of owners) rows.set(feature, { sections: Int32Array.from(list), values: new Float64Array(list.length) });
    const classifier = new SectionClassifier(sections, rows);
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      // A fixed shuffle per epoch keeps training deterministic (same knowledge, same model).
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = (i * 7919 + epoch * 104729) % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = learningRate / (1 + epoch);
      for (const index of order) {
        const example = examples[index]!;
        const target = sectionIndex.get(example.sectionId);
        if (target === undefined) continue;
        const features = [...new Set(example.features)].flatMap((f) => rows.get(f) ?? []);
        const probabilities = classifier.probabilities(features);
        for (const row of features) {
          for (let k = 0; k < row.sections.length; k += 1) {
            const section = row.sections[k]!;
            const gradient = probabilities[section]! - (section === target ? 1 : 0);
            row.values[k]! -= rate * (gradient + l2 * row.values[k]!);
          }
        }
      }
    }
    return classifier;
  }

  /** Whether the section was part of training. */
  knows(sectionId: string): boolean {
    return this.sectionSet.has(sectionId);
  }

  static fromJSON(state: SectionClassifierState): SectionClassifier {
    const rows = new Map<string, Row>();
    for (const [feature, [sections, values]] of Object.entries(state.weights)) {
      rows.set(feature, { sections: Int32Array.from(sections), values: Float64Array.from(values) });
    }
    return new SectionClassifier(state.sections, rows);
  }

  toJSON(): SectionClassifierState {
    const weights: SectionClassifierState["weights"] = {};
    for (const [feature, row] of this.rows) weights[feature] = [[...row.sections], [...row.values]];
    return { sections: this.sections, weights };
  }

  /** Softmax over all sections; a section sharing no feature with the question scores 0. */
  private probabilities(features: readonly Row[]): Float64Array {
    const scores = this.scores;
    scores.fill(0);
    for (const row of features) {
      for (let k = 0; k < row.sections.length; k += 1) scores[row.sections[k]!]! += row.values[k]!;
    }
    let max = -Infinity;
    for (const score of scores) max = Math.max(max, score);
    let total = 0;
    for (let i = 0; i < scores.length; i += 1) total += scores[i] = Math.exp(scores[i]! - max);
    for (let i = 0; i < scores.length; i += 1) scores[i]! /= total;
    return scores;
  }

  /** Probability of each section (by id) that shares a feature with the question. */
  predict(features: readonly string[]): Map<string, number> {
    const rows = [...new Set(features)].flatMap((f) => this.rows.get(f) ?? []);
    const probabilities = this.probabilities(rows);
    const result = new Map<string, number>();
    for (const row of rows) for (const section of row.sections) result.set(this.sections[section]!, probabilities[section]!);
    return result;
  }
}

/** The classifier for a set of passages: trained on each heading, 常见问法 and answer text. */
export function trainOnPassages(
  passages: readonly Passage[],
  featurize: (text: string) => string[],
  options?: ClassifierOptions,
): SectionClassifier {
  const examples: ClassifierExample[] = [];
  const vocabulary = new Map<string, string[]>();
  for (const passage of passages) {
    const texts = [passage.heading, ...passage.phrasings, passage.body, passage.title];
    const featureLists = texts.map(featurize);
    vocabulary.set(passage.id, featureLists.flat());
    // The title is shared by every section of a document: vocabulary only, not an example.
    featureLists.slice(0, -1).forEach((features) => examples.push({ sectionId: passage.id, features }));
  }
  return SectionClassifier.train(examples, vocabulary, options);
}
