import type { Passage } from "../knowledge/index.js";

/**
 * The question asks what a wrong costs (会被罚多少, 怎么处罚, 要负什么法律责任, 被查到会怎么处理): a law answers that in
 * its 法律责任 chapter, in an article that names the duty broken by number (违反本条例第三十二条规定…处…罚款), while
 * the question's words describe the duty and so match the duty's own article better.
 */
const ASKS_SANCTION = /罚|处分|追究|法律责任|吊销|(?:被|会被|要被)(?:怎么|如何|怎样)(?:处理|处置|处罚|办)|被查(?:到|出|处)[^，。？！]{0,8}(?:怎么|怎样|如何|什么后果|会)/;

/** An article that imposes a sanction (罚款, 处分, 吊销, 没收, 追究…责任, 警告), as laws word it. */
const IMPOSES_SANCTION = /罚款|处分|吊销|没收|追究[^。；]{0,8}责任|(?:给予|予以)警告|处以/;

export function asksSanction(normalized: string): boolean {
  return ASKS_SANCTION.test(normalized);
}

const imposing = new WeakMap<Passage, boolean>();
export function imposesSanction(passage: Passage): boolean {
  let found = imposing.get(passage);
  if (found === undefined) imposing.set(passage, (found = IMPOSES_SANCTION.test(passage.body)));
  return found;
}

/** Articles that impose a sanction, under each article they cite (`docId#number`): built once per set of passages. */
export type SanctionIndex = Map<string, Passage[]>;

export function sanctionIndex(passages: Iterable<Passage>): SanctionIndex {
  const index: SanctionIndex = new Map();
  for (const p of passages) {
    if (p.origin !== "imported" || !p.article?.refs?.length || !imposesSanction(p)) continue;
    for (const number of p.article.refs) {
      const key = `${p.docId}#${number}`;
      const citing = index.get(key);
      if (citing) citing.push(p);
      else index.set(key, [p]);
    }
  }
  return index;
}

/** How far down the ranking an uncited sanction article of the same law is looked for. */
const NEAR = 10;

/**
 * When the best candidate is an imported article stating a duty and the question asks what breaking it costs, the
 * article of the same law that cites it and imposes a sanction (本法第X条, resolved by the importer as `refs`) comes
 * first — the best-ranked of them, or the first by number — on the duty article's scores: it is reached through that
 * article. A duty no article cites gives way to the best sanction article of its law within the first NEAR, on that
 * article's own scores. A duty article imposing a sanction itself changes nothing.
 */
export function sanctionFirst<T extends { passage: Passage }>(ranked: T[], index: SanctionIndex): T[] {
  const top = ranked[0];
  const number = top?.passage.article?.number;
  if (!top || top.passage.origin !== "imported" || top.passage.phrasings.length > 0 || number === undefined || imposesSanction(top.passage)) return ranked;
  const citing = index.get(`${top.passage.docId}#${number}`);
  if (!citing) {
    // No article cites it: the best-ranked article of the same law that imposes a sanction, on its own scores.
    const near = ranked.slice(1, NEAR).find((c) => c.passage.docId === top.passage.docId && c.passage.origin === "imported" && imposesSanction(c.passage));
    return near ? [near, ...ranked.filter((c) => c !== near)] : ranked;
  }
  const place = (p: Passage) => {
    const at = ranked.findIndex((c) => c.passage === p);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const sanction = [...citing].sort((a, b) => place(a) - place(b) || (a.article!.number ?? 0) - (b.article!.number ?? 0))[0]!;
  return [{ ...top, passage: sanction }, ...ranked.filter((c) => c.passage !== sanction)];
}
