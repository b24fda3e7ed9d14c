/**
 * The k highest scores of positions 0 … count − 1, best first; equal scores keep their order (lower position
 * first), exactly as a stable sort of all of them followed by slice(0, k) — in O(n log k), not O(n log n).
 * One pass with a heap of the k best so far (its root the worst of them), each kept position's score beside
 * it and compared in place: most positions cost one comparison with the root. Then the heap is emptied root
 * first into the result's end, which leaves it best first without a sort.
 */
export function best(scores: ArrayLike<number>, count: number, k: number): { positions: number[]; scores: number[] } {
  const size = Math.min(k, count);
  if (size <= 0) return { positions: [], scores: [] };
  const heap = new Int32Array(size);
  const kept = new Float64Array(size);
  // "a below b": a lower score, or the same score and a later position.
  let filled = 0;
  for (let position = 0; position < count; position += 1) {
    const score = scores[position]!;
    if (filled < size) {
      let i = filled++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const above = kept[parent]!;
        if (!(score < above || (score === above && position > heap[parent]!))) break;
        heap[i] = heap[parent]!;
        kept[i] = above;
        i = parent;
      }
      heap[i] = position;
      kept[i] = score;
    } else if (kept[0]! < score || (kept[0] === score && heap[0]! > position)) {
      siftDown(heap, kept, size, position, score);
    }
  }
  const positions = new Array<number>(size);
  const bestScores = new Array<number>(size);
  for (let last = size - 1; last >= 0; last -= 1) {
    positions[last] = heap[0]!;
    bestScores[last] = kept[0]!;
    siftDown(heap, kept, last, heap[last]!, kept[last]!);
  }
  return { positions, scores: bestScores };
}

/** The positions of the k largest scores, best first (ties by lower position). */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  return best(scores, scores.length, k).positions;
}

/** Puts (position, score) at the root of the heap's first `size` entries and sinks it below every entry worse than it. */
function siftDown(heap: Int32Array, kept: Float64Array, size: number, position: number, score: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    let child = left;
    let childScore = kept[left]!;
    let childPosition = heap[left]!;
    if (left + 1 < size) {
      const rightScore = kept[left + 1]!;
      const rightPosition = heap[left + 1]!;
      if (rightScore < childScore || (rightScore === childScore && rightPosition > childPosition)) {
        child = left + 1;
        childScore = rightScore;
        childPosition = rightPosition;
      }
    }
    if (!(childScore < score || (childScore === score && childPosition > position))) break;
    heap[i] = childPosition;
    kept[i] = childScore;
    i = child;
  }
  heap[i] = position;
  kept[i] = score;
}
