/** The sections that have a weight for one feature (ascending), and those weights (parallel arrays). */
export interface Row {
  sections: Int32Array;
  values: Float64Array;
  /** The row's number (0 … features − 1). */
  id: number;
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
export class Sampler {
  private readonly rowList: Row[] = [];
  /** Section s's entries are pairs [row, position] at entries[2·starts[s] .. 2·starts[s + 1]) (one array, not one per section). */
  private readonly starts: Uint32Array;
  private readonly entries: Int32Array;
  private readonly inExample: Uint8Array;
  /** Scratch for one step: the chosen sections' [row, position] hits, and where each one's begin. */
  private hits = new Int32Array(1024);

  constructor(rows: Map<string, Row>, sectionCount: number) {
    const counts = new Uint32Array(sectionCount + 1);
    for (const row of rows.values()) {
      this.rowList[row.id] = row;
      for (const section of row.sections) counts[section + 1]! += 1;
    }
    for (let s = 0; s < sectionCount; s += 1) counts[s + 1]! += counts[s]!;
    this.starts = counts.slice();
    this.entries = new Int32Array(2 * counts[sectionCount]!);
    for (const row of this.rowList) {
      for (let k = 0; k < row.sections.length; k += 1) {
        const at = 2 * counts[row.sections[k]!]!++;
        this.entries[at] = row.id;
        this.entries[at + 1] = k;
      }
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
    const candidates = [...chosen];
    const scores = new Float64Array(candidates.length);
    const ends = new Uint32Array(candidates.length);
    let used = 0;
    const keep = (row: number, k: number) => {
      if (used + 2 > this.hits.length) {
        const grown = new Int32Array(this.hits.length * 2);
        grown.set(this.hits);
        this.hits = grown;
      }
      this.hits[used++] = row;
      this.hits[used++] = k;
    };
    candidates.forEach((section, c) => {
      let score = 0;
      const [from, to] = [2 * this.starts[section]!, 2 * this.starts[section + 1]!];
      if (search < (to - from) / 2) {
        for (const row of features) {
          const k = find(row, section);
          if (k < 0) continue;
          keep(row.id, k);
          score += row.values[k]!;
        }
      } else {
        for (let i = from; i < to; i += 2) {
          const r = this.entries[i]!;
          if (this.inExample[r] === 0) continue;
          keep(r, this.entries[i + 1]!);
          score += this.rowList[r]!.values[this.entries[i + 1]!]!;
        }
      }
      scores[c] = score;
      ends[c] = used;
    });
    for (const row of features) this.inExample[row.id] = 0;
    let max = -Infinity;
    for (const score of scores) max = Math.max(max, score);
    let total = 0;
    for (const score of scores) total += Math.exp(score - max);
    candidates.forEach((section, c) => {
      const gradient = Math.exp(scores[c]! - max) / total - (section === target ? 1 : 0);
      for (let i = c === 0 ? 0 : ends[c - 1]!; i < ends[c]!; i += 2) {
        const values = this.rowList[this.hits[i]!]!.values;
        values[this.hits[i + 1]!]! -= rate * (gradient + l2 * values[this.hits[i + 1]!]!);
      }
    });
  }
}
