/**
 * Groups questions by meaning with the project's own retrieval representation (the index's
 * embeddings: offline TF-IDF hashed vectors by default), greedily: each question joins the most
 * similar group when its centroid is close enough, otherwise it starts a new group.
 */

/**
 * Cosine between the L2-normalised vectors of two questions above which they are read as the same
 * question asked in other words. Chosen on src/feedback/gaps/fixtures/paraphrases.json: paraphrases
 * share the policy words (公积金, 物业费) and land mostly above 0.45; different questions of the same topic
 * share one or two words and stay below 0.35.
 */
export const SAME_QUESTION = 0.42;

/** Turns texts into vectors: the index's embeddings of the question as retrieval prepares it. */
export type Represent = (texts: string[]) => Promise<number[][]>;

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export interface Cluster<T> {
  members: T[];
  /** Sum of the members' vectors (its direction is the centroid's). */
  centroid: number[];
  /** The member closest to the centroid. */
  representative: T;
}

/** Greedy single-pass clustering by cosine to the running centroid; members keep their input order. */
export function clusterBySimilarity<T>(items: readonly { item: T; vector: number[] }[], threshold = SAME_QUESTION): Cluster<T>[] {
  const groups: { members: { item: T; vector: number[] }[]; sum: number[] }[] = [];
  for (const entry of items) {
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const group of groups) {
      const score = cosine(entry.vector, group.sum);
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (best) {
      best.members.push(entry);
      entry.vector.forEach((v, i) => (best.sum[i]! += v));
    } else {
      groups.push({ members: [entry], sum: [...entry.vector] });
    }
  }
  return groups.map((g) => {
    let representative = g.members[0]!;
    let closest = -Infinity;
    for (const m of g.members) {
      const score = cosine(m.vector, g.sum);
      if (score > closest) [representative, closest] = [m, score];
    }
    return { members: g.members.map((m) => m.item), centroid: g.sum, representative: representative.item };
  });
}

/** Embeds each distinct text once. */
export async function vectorsFor(texts: readonly string[], represent: Represent): Promise<Map<string, number[]>> {
  const distinct = [...new Set(texts)];
  const vectors = distinct.length ? await represent(distinct) : [];
  return new Map(distinct.map((t, i) => [t, vectors[i]!]));
}
