import type { Passage } from "../knowledge/index.js";
import { ZhiceError } from "../errors.js";
import { readArraysFile, writeArraysFile } from "./arrays-file.js";
import { Sampler, type Row } from "./sampled-softmax.js";

/**
 * A softmax classifier from question features to sections, trained on each section's own ways of
 * asking (heading and 常见问法). BM25 weighs a word the same for every section that contains it; this
 * learns which words tell sibling sections apart (哪里/窗口 for "where to apply", 条件/算不算 for
 * "who qualifies"). Weights are sparse: a section only has weights for features of its own text.
 */
export interface ClassifierExample<K = string> {
  sectionId: string;
  features: Iterable<K>;
}

export interface ClassifierOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update, keeps rare words from dominating. */
  l2?: number;
  /**
   * Up to this many sections (the bundled knowledge has about 850 with the imported laws) the softmax is
   * exact (8 epochs by default); past it, a sampled softmax over the target and `negatives` competitors
   * (3 epochs, 8 competitors by default), so training cost grows linearly with the number of sections.
   */
  exactUpTo?: number;
  negatives?: number;
}

export interface SectionClassifierState {
  sections: string[];
  /** feature → [section indexes, weights] */
  weights: Record<string, [number[], number[]]>;
}

/** The weights as flat arrays: row r (feature r) holds entries[offsets[r] .. offsets[r + 1]). */
export interface ClassifierArrays {
  sections: string[];
  features: string[];
  offsets: Uint32Array;
  entries: Int32Array;
  values: Float64Array;
}

/**
 * Each section's score is the sum of its weights for the question's features; a section that shares none
 * scores 0. The softmax is computed over the sections that share a feature, with the others counted in as
 * (sections − shared) × e^(0 − max): the same probabilities as a pass over every section, at the cost of the
 * question's own features.
 */
class SparseScores {
  readonly scores: Float64Array;
  /** The touched sections, in first-touched order (touched[0 … count − 1]). */
  private touchedList: Int32Array;
  count = 0;
  private readonly marked: Uint8Array;

  constructor(sectionCount: number) {
    this.scores = new Float64Array(sectionCount);
    this.marked = new Uint8Array(sectionCount);
    this.touchedList = new Int32Array(sectionCount + 1); // one spare: add writes one past the touched ones
  }

  // Plain indexed loops over typed arrays: on a large base a question's common words touch most sections,
  // and these loops are most of a retrieval's time there. The arithmetic is the same, in the same order.
  add(rows: readonly Row[]): void {
    const { scores, marked, touchedList } = this;
    let count = this.count;
    for (const row of rows) {
      const sections = row.sections;
      const values = row.values;
      for (let k = 0; k < sections.length; k += 1) {
        // Without a branch: the section is written after the touched ones, and counted if it was not marked yet.
        const section = sections[k]!;
        touchedList[count] = section;
        count += 1 - marked[section]!;
        marked[section] = 1;
        scores[section]! += values[k]!;
      }
    }
    this.count = count;
  }

  /** Turns the touched scores into unnormalised e^(score − max); returns the total to divide by. */
  private exponentiate(untouched: number): number {
    const { scores, touchedList, count } = this;
    let max = untouched > 0 ? 0 : -Infinity;
    for (let i = 0; i < count; i += 1) {
      const score = scores[touchedList[i]!]!;
      if (score > max) max = score;
    }
    let total = untouched * Math.exp(-max);
    for (let i = 0; i < count; i += 1) {
      const section = touchedList[i]!;
      total += scores[section] = Math.exp(scores[section]! - max);
    }
    return total;
  }

  /** Turns the touched scores into probabilities; `untouched` sections scored 0. */
  softmax(untouched: number): void {
    const total = this.exponentiate(untouched);
    const { scores, touchedList, count } = this;
    for (let i = 0; i < count; i += 1) scores[touchedList[i]!]! /= total;
  }

  /**
   * The softmax's total only: a caller that reads a few sections divides their `scores` by it (the same
   * probabilities as softmax, without dividing every touched section).
   */
  softmaxTotal(untouched: number): number {
    return this.exponentiate(untouched);
  }

  has(section: number): boolean {
    return this.marked[section] === 1;
  }

  clear(): void {
    const { scores, marked, touchedList, count } = this;
    // Most of a large base touched (a question's common words): filling the arrays beats following the list.
    if (count * 8 > scores.length) {
      scores.fill(0);
      marked.fill(0);
      this.count = 0;
      return;
    }
    for (let i = 0; i < count; i += 1) {
      const section = touchedList[i]!;
      scores[section] = 0;
      marked[section] = 0;
    }
    this.count = 0;
  }
}

export class SectionClassifier {
  private sectionSet: Set<string>;
  private sparse: SparseScores;
  /** Sections still in the base (a removed section keeps its number, with no weights left). */
  private live: number;
  /** Section id → number, made at the first predictFor (and again after sections change). */
  private numbers: Map<string, number> | undefined;

  private constructor(
    private readonly sections: string[],
    private readonly rows: Map<string, Row>,
  ) {
    this.sectionSet = new Set(sections.filter(Boolean));
    this.live = this.sectionSet.size;
    this.sparse = new SparseScores(sections.length);
  }

  /**
   * Trains on examples; `vocabulary` gives each section's allowed features (its own text). Features may be
   * numbers (a build's term ids, to save memory); `name` turns one into the string questions are matched by.
   */
  static train<K = string>(
    examples: readonly ClassifierExample<K>[],
    vocabulary: Map<string, Iterable<K>>,
    options: ClassifierOptions = {},
    name: (feature: K) => string = String,
  ): SectionClassifier {
    const sections = [...vocabulary.keys()];
    // Past exactUpTo, fewer epochs and competitors: the sampled steps are what a large build spends its time on
    // (measured at 8,000 sections: 46 s of 94 s with 8 epochs and 16 competitors).
    const exact = sections.length <= (options.exactUpTo ?? 5_000);
    const { epochs = exact ? 8 : 3, negatives = 8 } = options;
    const sectionIndex = new Map(sections.map((s, i) => [s, i]));
    const owners = new Map<K, number[]>();
    sections.forEach((section, i) => {
      for (const feature of new Set(vocabulary.get(section)!)) {
        let list = owners.get(feature);
        if (!list) owners.set(feature, (list = []));
        list.push(i);
      }
    });
    const byFeature = new Map<K, Row>();
    const rows = new Map<string, Row>();
    for (const [feature, list] of owners) {
      const row = { sections: Int32Array.from(list), values: new Float64Array(list.length), id: rows.size };
      byFeature.set(feature, row);
      rows.set(name(feature), row);
    }
    owners.clear();
    const classifier = new SectionClassifier(sections, rows);
    const rowList = [...rows.values()];
    // Each example's rows, looked up once (not once per epoch), as row numbers in one array.
    const offsets = new Uint32Array(examples.length + 1);
    const found: number[] = [];
    examples.forEach((example, i) => {
      for (const feature of new Set(example.features)) {
        const row = byFeature.get(feature);
        if (row) found.push(row.id);
      }
      offsets[i + 1] = found.length;
    });
    const exampleRows = Int32Array.from(found);
    found.length = 0;
    const targets = Int32Array.from(examples, (e) => sectionIndex.get(e.sectionId) ?? -1);
    const sampler = exact ? undefined : new Sampler(rows, sections.length);
    classifier.fit(exampleRows, offsets, targets, rowList, { ...options, epochs }, (features, target, rate, l2, step) =>
      sampler ? sampler.step(features, target, rate, l2, negatives, step) : classifier.exactStep(features, target, rate, l2));
    return classifier;
  }

  /** The training loop: epochs over the examples in a fixed shuffle, the rate decaying per epoch. */
  private fit(
    exampleRows: Int32Array,
    offsets: Uint32Array,
    targets: Int32Array,
    rowList: readonly Row[],
    options: ClassifierOptions,
    step: (features: readonly Row[], target: number, rate: number, l2: number, seed: number) => void,
  ): void {
    // Defaults chosen by leaving 常见问法 out of training and asking them (see README "Retrieval").
    const { epochs = 8, learningRate = 0.2, l2 = 1e-4 } = options;
    const count = targets.length;
    const order = Array.from({ length: count }, (_, i) => i);
    const features: Row[] = [];
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      // A fixed shuffle per epoch keeps training deterministic (same knowledge, same model).
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = (i * 7919 + epoch * 104729) % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = learningRate / (1 + epoch);
      for (const index of order) {
        const target = targets[index]!;
        if (target < 0 || offsets[index + 1] === offsets[index]) continue;
        features.length = 0;
        for (let k = offsets[index]!; k < offsets[index + 1]!; k += 1) features.push(rowList[exampleRows[k]!]!);
        step(features, target, rate, l2, index + epoch * count);
      }
    }
  }

  /** One gradient step of the exact softmax: every section sharing a feature moves. */
  private exactStep(features: readonly Row[], target: number, rate: number, l2: number): void {
    const sparse = this.sparse;
    sparse.add(features);
    sparse.softmax(this.live - sparse.count);
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

  /** Drops sections and their weights (a document changed or was removed); the others keep theirs. */
  removeSections(ids: ReadonlySet<string>): void {
    const gone = new Uint8Array(this.sections.length);
    let count = 0;
    this.sections.forEach((id, i) => {
      if (id && ids.has(id)) (gone[i] = 1), (count += 1);
    });
    if (count === 0) return;
    for (const [feature, row] of this.rows) {
      let kept = 0;
      for (let k = 0; k < row.sections.length; k += 1) kept += 1 - gone[row.sections[k]!]!;
      if (kept === row.sections.length) continue;
      const sections = new Int32Array(kept);
      const values = new Float64Array(kept);
      for (let k = 0, at = 0; k < row.sections.length; k += 1) {
        if (gone[row.sections[k]!] === 1) continue;
        sections[at] = row.sections[k]!;
        values[at++] = row.values[k]!;
      }
      this.rows.set(feature, { sections, values, id: row.id });
    }
    gone.forEach((flag, i) => flag === 1 && (this.sections[i] = ""));
    this.sectionSet = new Set(this.sections.filter(Boolean));
    this.live = this.sectionSet.size;
    this.numbers = undefined;
  }

  /**
   * Adds sections and trains on their own examples only (exact softmax steps, so the sections they compete
   * with move too): cost grows with the new examples times the sections sharing their words, not with the base.
   */
  addSections(examples: readonly ClassifierExample[], vocabulary: Map<string, Iterable<string>>, options: ClassifierOptions = {}): void {
    const added = new Map<string, number[]>();
    for (const [id, features] of vocabulary) {
      if (this.sectionSet.has(id)) this.removeSections(new Set([id]));
      const index = this.sections.push(id) - 1;
      for (const feature of new Set(features)) (added.get(feature) ?? added.set(feature, []).get(feature)!).push(index);
    }
    // Appended section numbers are the largest, so each row stays ascending.
    for (const [feature, list] of added) {
      const row = this.rows.get(feature) ?? { sections: new Int32Array(0), values: new Float64Array(0), id: this.rows.size };
      const sections = new Int32Array(row.sections.length + list.length);
      sections.set(row.sections);
      sections.set(list, row.sections.length);
      const values = new Float64Array(sections.length);
      values.set(row.values);
      this.rows.set(feature, { sections, values, id: row.id });
    }
    this.sectionSet = new Set(this.sections.filter(Boolean));
    this.live = this.sectionSet.size;
    this.numbers = undefined;
    this.sparse = new SparseScores(this.sections.length);
    const rowList: Row[] = [];
    for (const row of this.rows.values()) rowList[row.id] = row;
    const sectionIndex = new Map(this.sections.map((s, i) => [s, i]));
    const rowIds: number[] = [];
    const offsets = new Uint32Array(examples.length + 1);
    examples.forEach((example, i) => {
      for (const feature of new Set(example.features)) {
        const row = this.rows.get(feature);
        if (row) rowIds.push(row.id);
      }
      offsets[i + 1] = rowIds.length;
    });
    const targets = Int32Array.from(examples, (e) => sectionIndex.get(e.sectionId) ?? -1);
    this.fit(Int32Array.from(rowIds), offsets, targets, rowList, options, (features, target, rate, l2) => this.exactStep(features, target, rate, l2));
  }

  /** The weights as flat arrays (rows in order), for the binary index file. */
  toState(): ClassifierArrays {
    let total = 0;
    for (const row of this.rows.values()) total += row.sections.length;
    const offsets = new Uint32Array(this.rows.size + 1);
    const sections = new Int32Array(total);
    const values = new Float64Array(total);
    let at = 0;
    let r = 0;
    for (const row of this.rows.values()) {
      sections.set(row.sections, at);
      values.set(row.values, at);
      at += row.sections.length;
      offsets[++r] = at;
    }
    return { sections: this.sections, features: [...this.rows.keys()], offsets, entries: sections, values };
  }

  static fromState(state: ClassifierArrays): SectionClassifier {
    const rows = new Map<string, Row>();
    state.features.forEach((feature, r) => {
      const [start, end] = [state.offsets[r]!, state.offsets[r + 1]!];
      rows.set(feature, { sections: state.entries.subarray(start, end), values: state.values.subarray(start, end), id: r });
    });
    return new SectionClassifier(state.sections, rows);
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

  /**
   * Probability of each of `ids` that shares a feature with the question: what predict gives for them, without
   * a map entry for every section sharing a common word (most of a large base).
   */
  predictFor(features: readonly string[], ids: Iterable<string>): Map<string, number> {
    const list = [...ids];
    const result = new Map<string, number>();
    this.eachProbability(features, list, (i, p) => result.set(list[i]!, p));
    return result;
  }

  /**
   * predictFor's probabilities beside `ids`, 0 where it has none: a ranking reads them by place, not through a map.
   * `known`, when given, is set to 1 beside each id the classifier knows (as knows(id) says), read from the same look-up.
   */
  probabilitiesFor(features: readonly string[], ids: readonly string[], known?: Uint8Array): Float64Array {
    const result = new Float64Array(ids.length);
    this.eachProbability(features, ids, (i, p) => {
      result[i] = p;
    }, known);
    return result;
  }

  private eachProbability(features: readonly string[], ids: readonly string[], use: (i: number, probability: number) => void, known?: Uint8Array): void {
    // A trained section's number: exactly the sections knows() holds (both made from the non-empty ids).
    this.numbers ??= new Map(this.sections.flatMap((id, i) => (id ? [[id, i] as const] : [])));
    const sparse = this.sparse;
    sparse.add([...new Set(features)].flatMap((f) => this.rows.get(f) ?? []));
    const total = sparse.softmaxTotal(this.live - sparse.count);
    for (let i = 0; i < ids.length; i += 1) {
      const section = this.numbers.get(ids[i]!);
      if (known && section !== undefined) known[i] = 1;
      if (section !== undefined && sparse.has(section)) use(i, sparse.scores[section]! / total);
    }
    sparse.clear();
  }

  /** Probability of each section (by id) that shares a feature with the question. */
  predict(features: readonly string[]): Map<string, number> {
    const rows = [...new Set(features)].flatMap((f) => this.rows.get(f) ?? []);
    const sparse = this.sparse;
    sparse.add(rows);
    sparse.softmax(this.live - sparse.count);
    const result = new Map<string, number>();
    for (const row of rows) for (const section of row.sections) result.set(this.sections[section]!, sparse.scores[section]!);
    sparse.clear();
    return result;
  }
}

/** The texts a section's classifier features come from: heading, 常见问法 and answer text (examples), then the title (vocabulary only). */
export function classifierTexts(passage: Pick<Passage, "heading" | "phrasings" | "body" | "title">): string[] {
  return [passage.heading, ...passage.phrasings, passage.body, passage.title];
}

/** Each section's examples (heading, 常见问法, answer text) and vocabulary (those and the title). */
export function passageExamples(passages: readonly Passage[], featurize: (text: string) => string[]) {
  const examples: ClassifierExample[] = [];
  const vocabulary = new Map<string, string[]>();
  for (const passage of passages) {
    const featureLists = classifierTexts(passage).map(featurize);
    vocabulary.set(passage.id, featureLists.flat());
    // The title is shared by every section of a document: vocabulary only, not an example.
    featureLists.slice(0, -1).forEach((features) => examples.push({ sectionId: passage.id, features }));
  }
  return { examples, vocabulary };
}

/** The classifier for a set of passages: trained on each heading, 常见问法 and answer text. */
export function trainOnPassages(passages: readonly Passage[], featurize: (text: string) => string[], options?: ClassifierOptions): SectionClassifier {
  const { examples, vocabulary } = passageExamples(passages, featurize);
  return SectionClassifier.train(examples, vocabulary, options);
}

const CLASSIFIER_KIND = "SCLS";

export function writeClassifier(file: string, classifier: SectionClassifier): void {
  const { sections, features, offsets, entries, values } = classifier.toState();
  writeArraysFile(file, CLASSIFIER_KIND, { sections, features }, [offsets, entries, values]);
}

export function readClassifier(file: string): SectionClassifier {
  const { header, arrays } = readArraysFile<{ sections: string[]; features: string[] }>(file, CLASSIFIER_KIND);
  const [offsets, entries, values] = arrays as [Uint32Array, Int32Array, Float64Array];
  if (offsets.length !== header.features.length + 1) throw new ZhiceError("INDEX_FAILED", `${file} is inconsistent`);
  return SectionClassifier.fromState({ ...header, offsets, entries, values });
}
