/**
 * The k highest positive scores among scores[0 … count), best first, with ties in a caller's order: equal
 * scores go by key(position), lower first, asked only for ties (rare; a key may cost a search). For a BM25 pass
 * over most of a large base's documents: scanning the dense scores once beats recording each document as it is
 * first scored (a branch per posting) and ranking that list. Zero scores (documents not scored) are skipped.
 */
export function denseTopK(scores: Float64Array, count: number, k: number, key: (position: number) => number): { positions: number[]; scores: number[] } {
  if (k <= 0) return { positions: [], scores: [] };
  const heap = new Int32Array(k);
  const kept = new Float64Array(k);
  // A key is asked for again each time its position is compared on a tie: each is computed once.
  const known = new Map<number, number>();
  const keyOf = (position: number) => {
    let found = known.get(position);
    if (found === undefined) known.set(position, (found = key(position)));
    return found;
  };
  const worse = worseBy(keyOf);
  let filled = 0;
  // Once k are held, the worst of them: most positions fail one comparison with it, a branch that predicts well.
  let floor = 0;
  for (let position = 0; position < count; position += 1) {
    const score = scores[position]!;
    if (score < floor || score === 0) continue;
    if (filled < k) {
      let i = filled++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(position, score, heap[parent]!, kept[parent]!)) break;
        heap[i] = heap[parent]!;
        kept[i] = kept[parent]!;
        i = parent;
      }
      heap[i] = position;
      kept[i] = score;
      if (filled === k) floor = kept[0]!;
    } else if (score > floor || worse(heap[0]!, score, position, score)) {
      sink(heap, kept, k, position, score, worse);
      floor = kept[0]!;
    }
  }
  const positions = new Array<number>(filled);
  const best = new Array<number>(filled);
  for (let last = filled - 1; last >= 0; last -= 1) {
    positions[last] = heap[0]!;
    best[last] = kept[0]!;
    sink(heap, kept, last, heap[last]!, kept[last]!, worse);
  }
  return { positions, scores: best };
}

type Worse = (a: number, aScore: number, b: number, bScore: number) => boolean;

/** Whether position a (with its score) ranks below b: a lower score, or the same and a later key. */
function worseBy(key: (position: number) => number): Worse {
  return (a, aScore, b, bScore) => aScore < bScore || (aScore === bScore && key(a) > key(b));
}

/** Puts (position, score) at the root of the heap's first `size` entries and sinks it below every entry worse than it. */
function sink(heap: Int32Array, kept: Float64Array, size: number, position: number, score: number, worse: Worse): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    let child = left;
    if (left + 1 < size && worse(heap[left + 1]!, kept[left + 1]!, heap[left]!, kept[left]!)) child = left + 1;
    if (!worse(heap[child]!, kept[child]!, position, score)) break;
    heap[i] = heap[child]!;
    kept[i] = kept[child]!;
    i = child;
  }
  heap[i] = position;
  kept[i] = score;
}
