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
  /**
   * Up to this many sections (the bundled knowledge has about 850 with the imported laws) the softmax is
   * exact; past it, a sampled softmax over the target and `negatives` competitors, so training cost grows
   * linearly with the number of sections.
   */
  exactUpTo?: number;
  negatives?: number;
}

export interface SectionClassifierState {
  sections: string[];
  /** feature → [section indexes, weights] */
  weights: Record<string, [number[], number[]]>;
}

/** The sections that have a weight for one feature (ascending), and those weights (parallel arrays). */
interface Row {
  sections: Int32Array;
  values: Float64Array;
  /** The row's number (0 … features − 1). */
  id: number;
}

/**
 * Each section's score is the sum of its weights for the question's features; a section that shares none
 * scores 0. The softmax is computed over the sections that share a feature, with the others counted in as
 * (sections − shared) × e^(0 − max): the same probabilities as a pass over every section, at the cost of the
 * question's own features.
 */
class SparseScores {
  readonly scores: Float64Array;
  readonly touched: number[] = [];
  private readonly marked: Uint8Array;

  constructor(sectionCount: number) {
    this.scores = new Float64Array(sectionCount);
    this.marked = new Uint8Array(sectionCount);
  }

  add(rows: readonly Row[]): void {
    for (const row of rows) {
      for (let k = 0; k < row.sections.length; k += 1) {
        const section = row.sections[k]!;
        if (this.marked[section] === 0) {
          this.marked[section] = 1;
          this.touched.push(section);
        }
        this.scores[section]! += row.values[k]!;
      }
    }
  }

  /** Turns the touched scores into probabilities; `untouched` sections scored 0. */
  softmax(untouched: number): void {
    let max = untouched > 0 ? 0 : -Infinity;
    for (const section of this.touched) max = Math.max(max, this.scores[section]!);
    let total = untouched * Math.exp(-max);
    for (const section of this.touched) total += this.scores[section] = Math.exp(this.scores[section]! - max);
    for (const section of this.touched) this.scores[section]! /= total;
  }

  clear(): void {
    for (const section of this.touched) this.scores[section] = this.marked[section] = 0;
    this.touched.length = 0;
  }
}

export class SectionClassifier {
  private readonly sectionSet: Set<string>;
  private readonly sparse: SparseScores;

  private constructor(
    private readonly sections: string[],
    private readonly rows: Map<string, Row>,
  ) {
    this.sectionSet = new Set(sections);
    this.sparse = new SparseScores(sections.length);
  }

  /** Trains on examples; `vocabulary` gives each section's allowed features (its own text). */
  static train(examples: readonly ClassifierExample[], vocabulary: Map<string, Iterable<string>>, options: ClassifierOptions = {}): SectionClassifier {
    // Defaults chosen by leaving 常见问法 out of training and asking them (see README "Retrieval").
    const { epochs = 8, learningRate = 0.2, l2 = 1e-4, exactUpTo = 5_000, negatives = 16 } = options;
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
    for (const [feature, list] of owners) rows.set(feature, { sections: Int32Array.from(list), values: new Float64Array(list.length), id: rows.size });
    const classifier = new SectionClassifier(sections, rows);
    let sampler: Sampler | undefined;
    // Each example's rows, looked up once (not once per epoch).
    const exampleRows = examples.map((example) => [...new Set(example.features)].flatMap((f) => rows.get(f) ?? []));
    const exact = sections.length <= exactUpTo;
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
        const features = exampleRows[index]!;
        if (features.length === 0) continue;
        if (exact) classifier.exactStep(features, target, rate, l2);
        else (sampler ??= new Sampler(rows, sections.length)).step(features, target, rate, l2, negatives, index + epoch * examples.length);
      }
    }
    return classifier;
  }

  /** One gradient step of the exact softmax: every section sharing a feature moves. */
  private exactStep(features: readonly Row[], target: number, rate: number, l2: number): void {
    const sparse = this.sparse;
    sparse.add(features);
    sparse.softmax(this.sections.length - sparse.touched.length);
    for (const row of features) {
      for (let k = 0; k < row.sections.length; k += 1) {
        const section = row.sections[k]!;
        const gradient = sparse.scores[section]! - (section === target ? 1 : 0);
        row.values[k]! -= rate * (gradient + l2 * row.values[k]!);
      }
    }
    sparse.clear();
  }

  /** Whether the section was part of training. */
  knows(sectionId: string): boolean {
    return this.sectionSet.has(sectionId);
  }

  static fromJSON(state: SectionClassifierState): SectionClassifier {
    const rows = new Map<string, Row>();
    for (const [feature, [sections, values]] of Object.entries(state.weights)) {
      rows.set(feature, { sections: Int32Array.from(sections), values: Float64Array.from(values), id: rows.size });
    }
    return new SectionClassifier(state.sections, rows);
  }

  toJSON(): SectionClassifierState {
    const weights: SectionClassifierState["weights"] = {};
    for (const [feature, row] of this.rows) weights[feature] = [[...row.sections], [...row.values]];
    return { sections: this.sections, weights };
  }

  /** Probability of each section (by id) that shares a feature with the question. */
  predict(features: readonly string[]): Map<string, number> {
    const rows = [...new Set(features)].flatMap((f) => this.rows.get(f) ?? []);
    const sparse = this.sparse;
    sparse.add(rows);
    sparse.softmax(this.sections.length - sparse.touched.length);
    const result = new Map<string, number>();
    for (const row of rows) for (const section of row.sections) result.set(this.sections[section]!, sparse.scores[section]!);
    sparse.clear();
    return result;
  }
}

/** Position of `section` in a row (rows are ascending), or -1. */
function find(row: Row, section: number): number {
  let low = 0;
  let high = row.sections.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = row.sections[mid]!;
    if (at === section) return mid;
    if (at < section) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Sampled softmax for bases too large for the exact one: the target and `negatives` competitors drawn
 * (deterministically) among the sections sharing a feature with the example; only their weights move. Each
 * section's scores are read through its own list of (row, position) entries, so a step costs about
 * (negatives + 1) × the size of a section's vocabulary, whatever the number of sections.
 */
class Sampler {
  private readonly rowList: Row[] = [];
  /** Per section: [row, position, row, position, …]. */
  private readonly entries: number[][];
  private readonly inExample: Uint8Array;

  constructor(rows: Map<string, Row>, sectionCount: number) {
    this.entries = Array.from({ length: sectionCount }, () => []);
    for (const row of rows.values()) {
      const r = row.id;
      this.rowList[r] = row;
      for (let k = 0; k < row.sections.length; k += 1) this.entries[row.sections[k]!]!.push(r, k);
    }
    this.inExample = new Uint8Array(this.rowList.length);
  }

  step(features: readonly Row[], target: number, rate: number, l2: number, negatives: number, seed: number): void {
    let state = Math.imul(seed + 1, 2654435761) >>> 0 || 1;
    const next = () => {
      // xorshift32
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>>= 0);
    };
    const chosen = new Set([target]);
    for (let tries = 0; chosen.size <= negatives && tries < 4 * negatives; tries += 1) {
      const row = features[next() % features.length]!;
      chosen.add(row.sections[next() % row.sections.length]!);
    }
    for (const row of features) this.inExample[row.id] = 1;
    // A section's weights for the example's features: through its own entry list, or by binary search in the
    // example's rows when the example is short (a heading, a 常见问法) and the section's vocabulary long.
    const search = features.length * 12;
    const candidates = [...chosen].map((section) => {
      const hits: number[] = []; // [row, position, …]
      let score = 0;
      const list = this.entries[section]!;
      if (search < list.length / 2) {
        for (const row of features) {
          const k = find(row, section);
          if (k < 0) continue;
          hits.push(row.id, k);
          score += row.values[k]!;
        }
      } else {
        for (let i = 0; i < list.length; i += 2) {
          if (this.inExample[list[i]!] === 0) continue;
          hits.push(list[i]!, list[i + 1]!);
          score += this.rowList[list[i]!]!.values[list[i + 1]!]!;
        }
      }
      return { section, hits, score };
    });
    for (const row of features) this.inExample[row.id] = 0;
    const max = Math.max(...candidates.map((c) => c.score));
    const total = candidates.reduce((sum, c) => sum + Math.exp(c.score - max), 0);
    for (const { section, hits, score } of candidates) {
      const gradient = Math.exp(score - max) / total - (section === target ? 1 : 0);
      for (let i = 0; i < hits.length; i += 2) {
        const values = this.rowList[hits[i]!]!.values;
        values[hits[i + 1]!]! -= rate * (gradient + l2 * values[hits[i + 1]!]!);
      }
    }
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
