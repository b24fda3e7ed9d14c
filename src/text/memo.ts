/**
 * The last `size` results of a pure computation, by key. One answer reads the same text several
 * times (the message, its normalised form, the question it becomes, the follow-up check's retrievals);
 * this keeps the repeats from being recomputed. Kept small on purpose: it serves one answer's
 * repeats, not as a cache of popular questions.
 */
export function recentResults<T>(size = 32): ((key: string, compute: () => T) => T) & { forget(key: string): void } {
  const recent = new Map<string, T>();
  const lookup = (key: string, compute: () => T): T => {
    // get first: a hit costs no separate has (has is asked only when the value may be a stored undefined).
    const known = recent.get(key);
    if (known !== undefined || recent.has(key)) {
      // Most recently used last, so the oldest is the first to go.
      recent.delete(key);
      recent.set(key, known as T);
      return known as T;
    }
    const value = compute();
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
  return Object.assign(lookup, { forget: (key: string) => void recent.delete(key) });
}

/** A pure function of a string, remembering its last `size` results. */
export function memoize<T>(compute: (key: string) => T, size = 32): (key: string) => T {
  const recent = recentResults<T>(size);
  return (key) => recent(key, () => compute(key));
}
