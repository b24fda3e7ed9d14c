import fs from "node:fs";

/**
 * Exact cosine search over sparse vectors, for indexes small enough that it beats the graph: the
 * local embeddings are hashed TF-IDF, so a question touches a few dozen of 1,024 dimensions and
 * only those columns are read (about 0.1 ms over the bundled 7,600 vectors, against about 1 ms for
 * HNSW at the breadth the retriever asks for). Above EXACT_BELOW vectors HNSW is used instead.
 */
export const EXACT_BELOW = 50_000;

/** The header hnswlib writes before the vectors (hnswalg.h saveIndex): six size_t, two 32-bit ints, then five 8-byte fields. */
const HNSW_HEADER_BYTES = 96;

export class ExactVectors {
  private readonly dimensions: number;
  /** Column d holds entries starts[d] … starts[d + 1] − 1 of labels/values. */
  private starts: Int32Array = new Int32Array(1);
  private labels: Int32Array = new Int32Array(0);
  private values: Float32Array = new Float32Array(0);
  /** Vectors added after the columns were built (a published FAQ): few, scanned one by one. */
  private readonly added: { label: number; dims: Int32Array; values: Float32Array }[] = [];
  private count = 0;
  private scores = new Float64Array(0);
  /** The labels a search gave a score to, so ranking need not look at the others (they score 0). */
  private touched = new Int32Array(0);
  /** touchedIn[label] === search: the label is listed in touched this search. */
  private touchedIn = new Uint32Array(0);
  private searches = 0;

  constructor(dimensions: number) {
    this.dimensions = dimensions;
    this.starts = new Int32Array(dimensions + 1);
  }

  get size(): number {
    return this.count;
  }

  /** How many vectors a saved hnswlib index holds (its header's element count), reading only the header. */
  static countInHnswFile(file: string): number {
    const header = Buffer.alloc(HNSW_HEADER_BYTES);
    const fd = fs.openSync(file, "r");
    try {
      if (fs.readSync(fd, header, 0, HNSW_HEADER_BYTES, 0) < HNSW_HEADER_BYTES) return 0;
    } finally {
      fs.closeSync(fd);
    }
    return Number(header.readBigUInt64LE(16));
  }

  /** The vectors of a saved hnswlib index (already unit length: the cosine space normalises them), by label. */
  static fromHnswFile(file: Buffer, dimensions: number): ExactVectors {
    // A Float32Array needs a 4-byte aligned start (a large file's Buffer has its own, aligned memory).
    const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = Number(view.getBigUint64(16, true));
    const perElement = Number(view.getBigUint64(24, true));
    const labelOffset = Number(view.getBigUint64(32, true));
    const dataOffset = Number(view.getBigUint64(40, true));
    const vectorOf = (i: number) => new Float32Array(bytes.buffer, bytes.byteOffset + HNSW_HEADER_BYTES + i * perElement + dataOffset, dimensions);
    const starts = new Int32Array(dimensions + 1);
    for (let i = 0; i < count; i += 1) {
      const vector = vectorOf(i);
      for (let d = 0; d < dimensions; d += 1) if (vector[d] !== 0) starts[d + 1]! += 1;
    }
    for (let d = 0; d < dimensions; d += 1) starts[d + 1]! += starts[d]!;
    const fill = starts.slice(0, dimensions);
    const labels = new Int32Array(starts[dimensions]!);
    const values = new Float32Array(starts[dimensions]!);
    for (let i = 0; i < count; i += 1) {
      const label = Number(view.getBigUint64(HNSW_HEADER_BYTES + i * perElement + labelOffset, true));
      const vector = vectorOf(i);
      for (let d = 0; d < dimensions; d += 1) {
        const v = vector[d]!;
        if (v === 0) continue;
        const slot = fill[d]!;
        fill[d] = slot + 1;
        labels[slot] = label;
        values[slot] = v;
      }
    }
    const exact = new ExactVectors(dimensions);
    Object.assign(exact, { starts, labels, values, count });
    return exact;
  }

  /** Adds a vector under the next label (normalised to unit length, as the cosine space stores it). */
  add(vector: readonly number[]): void {
    const norm = length(vector) || 1;
    const dims = vector.flatMap((v, d) => (v === 0 ? [] : [d]));
    this.added.push({ label: this.count, dims: Int32Array.from(dims), values: Float32Array.from(dims, (d) => vector[d]! / norm) });
    this.count += 1;
  }

  /** The k most similar labels, best first, with their cosine similarity. */
  search(query: readonly number[], k: number): { labels: number[]; scores: number[] } {
    if (this.scores.length < this.count) {
      this.scores = new Float64Array(this.count);
      this.touched = new Int32Array(this.count);
      this.touchedIn = new Uint32Array(this.count);
    }
    const { scores, touched, touchedIn, starts, labels, values } = this;
    const search = (this.searches = (this.searches % 0xfffffffe) + 1);
    // scores is all 0 between searches (each one clears what it touched): cheaper than filling it.
    let reached = 0;
    const norm = length(query);
    for (let d = 0; d < this.dimensions; d += 1) {
      const q = query[d]!;
      if (q === 0) continue;
      const weight = q / norm;
      for (let j = starts[d]!, end = starts[d + 1]!; j < end; j += 1) {
        const label = labels[j]!;
        if (touchedIn[label] !== search) {
          touchedIn[label] = search;
          touched[reached++] = label;
        }
        scores[label]! += weight * values[j]!;
      }
    }
    for (const vector of this.added) {
      let dot = 0;
      for (let j = 0; j < vector.dims.length; j += 1) dot += (query[vector.dims[j]!]! / norm) * vector.values[j]!;
      if (touchedIn[vector.label] !== search) {
        touchedIn[vector.label] = search;
        touched[reached++] = vector.label;
      }
      scores[vector.label] = dot;
    }
    // Unlisted labels score 0: ranking only the listed ones is exact when k of them score above 0.
    let positive = 0;
    for (let i = 0; i < reached; i += 1) if (scores[touched[i]!]! > 0) positive += 1;
    const best = positive >= k ? topK(scores, touched.subarray(0, reached), k) : topK(scores, null, k, this.count);
    for (let i = 0; i < reached; i += 1) scores[touched[i]!] = 0;
    return best;
  }
}

function length(vector: readonly number[]): number {
  let sum = 0;
  for (const v of vector) sum += v * v;
  return Math.sqrt(sum);
}

/**
 * The k highest of scores over the given labels, or over 0 … n − 1, best first; equal scores go by lower label.
 * One pass with a heap of the k best so far (its root the worst of them): most labels score below the root and
 * cost one comparison; no copy of the scores, no selection over all of them.
 */
function topK(scores: Float64Array, among: Int32Array | null, k: number, n = among?.length ?? 0): { labels: number[]; scores: number[] } {
  const count = among ? among.length : n;
  const size = Math.min(k, count);
  if (size <= 0) return { labels: [], scores: [] };
  const heap = new Int32Array(size);
  let filled = 0;
  for (let at = 0; at < count; at += 1) {
    const label = among ? among[at]! : at;
    if (filled < size) {
      // Sift up.
      let i = filled++;
      heap[i] = label;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(scores, heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(scores, heap[0]!, label)) {
      // Replace the worst kept, then sift down.
      heap[0] = label;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        let worst = i;
        if (left < size && worse(scores, heap[left]!, heap[worst]!)) worst = left;
        if (left + 1 < size && worse(scores, heap[left + 1]!, heap[worst]!)) worst = left + 1;
        if (worst === i) break;
        [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
        i = worst;
      }
    }
  }
  const labels = Array.from(heap).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return { labels, scores: labels.map((l) => scores[l]!) };
}

/** Label a ranks below label b: a lower score, or the same score and a higher label. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}
