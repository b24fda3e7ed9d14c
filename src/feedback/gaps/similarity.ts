/**
 * Groups questions by meaning with the project's own retrieval representation (the index's TF-IDF
 * weights of jieba words by default), greedily: each question joins the most
 * similar group when its centroid is close enough, otherwise it starts a new group.
 */

/**
 * Cosine between two questions' vectors above which they are read as the same question in other
 * words. Chosen on src/feedback/gaps/fixtures/paraphrases.json (8 questions, 2–4 phrasings each, fed
 * in three orders): at 0.3 公积金交物业费 and 公积金贷款额度 merge (they share 公积金) in two orders of
 * three; from 0.36 to 0.4 no group mixes two questions and 5 of the 8 stay whole in every order; at 0.45
 * more paraphrases split. Those that split share almost no words (外地孩子/随迁子女, 退休年龄/多大年纪
 * 可以退休): a lexical representation cannot join them unless the lexicon maps one phrase to the other.
 */
export const SAME_QUESTION = 0.38;

/** A sparse vector: feature → weight (a dense embedding is keyed by dimension). */
export type Vector = ReadonlyMap<string, number>;

/** Turns texts into vectors (src/staff/question-vectors.ts: the index's own features and weights). */
export type Represent = (texts: string[]) => Promise<Vector[]>;

/** A dense embedding as a sparse vector. */
export const fromDense = (values: readonly number[]): Vector => new Map(values.flatMap((v, i) => (v === 0 ? [] : [[String(i), v] as const])));

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export interface Cluster<T> {
  members: T[];
  /** Sum of the members' vectors (its direction is the centroid's). */
  centroid: Vector;
  /** The member closest to the centroid. */
  representative: T;
}

/** Greedy single-pass clustering by cosine to the running centroid; members keep their input order. */
export function clusterBySimilarity<T>(items: readonly { item: T; vector: Vector }[], threshold = SAME_QUESTION): Cluster<T>[] {
  const groups: { members: { item: T; vector: Vector }[]; sum: Map<string, number> }[] = [];
  for (const entry of items) {
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const group of groups) {
      const score = cosine(entry.vector, group.sum);
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (best) {
      best.members.push(entry);
      for (const [k, v] of entry.vector) best.sum.set(k, (best.sum.get(k) ?? 0) + v);
    } else {
      groups.push({ members: [entry], sum: new Map(entry.vector) });
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
export async function vectorsFor(texts: readonly string[], represent: Represent): Promise<Map<string, Vector>> {
  const distinct = [...new Set(texts)];
  const vectors = distinct.length ? await represent(distinct) : [];
  return new Map(distinct.map((t, i) => [t, vectors[i]!]));
}
