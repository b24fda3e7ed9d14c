/**
 * The positions of the k largest scores, best first; equal scores keep their order (lower position
 * first), exactly as a stable sort of all of them followed by slice(0, k) — in O(n log k), not O(n log n).
 */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  const n = scores.length;
  if (k <= 0 || n === 0) return [];
  // "a is worse than b": lower score, or the same score at a later position.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap: number[] = []; // min-heap on "worse": the root is the worst kept
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let position = 0; position < n; position += 1) {
    if (heap.length < k) {
      heap.push(position);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, position)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
