import { normalizeText } from "../text/index.js";
import type { Passage } from "./schema.js";

/** Figures a reader acts on: amounts, shares, ages and periods. */
const FIGURE = /\d+(?:\.\d+)?(?:%|倍|周岁|岁|年|个月|日|天|小时|元|万元)/g;
/** A negated predicate of the article: 不认定为工伤, 不得缓缴, 不予发放… (up to the next punctuation). */
const NEGATED = /(不得|不予|不再|不|无需|禁止)([\u4e00-\u9fa5]{2,8})(?=[，。；：、,.;:!?！？]|$)/gm;

/** Whether the text states the predicate somewhere without a negation word right before it. */
function statesPlainly(text: string, predicate: string): boolean {
  for (let at = text.indexOf(predicate); at >= 0; at = text.indexOf(predicate, at + 1)) {
    if (!/(不得|不予|不再|不|无需|禁止|拒绝)$/.test(text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

export interface BasisFinding {
  passage: Passage;
  basis: string;
  /** Absent when the basis article is not in the loaded knowledge. */
  article?: Passage;
  /** negation: the section states what the article negates; figure: a figure the article lacks (often a later amendment). */
  kind: "negation" | "figure" | "missing";
  problem: string;
}

/**
 * Compares each curated section that names its basis (`依据：第三十七条`, of its source, or `依据：《社会保险法》第三十七条`)
 * with those articles: a figure the section states that the article does not, or a predicate the article negates that
 * the section states plainly. Both are signs of a disagreement for a person to settle; the article wins.
 */
export function checkBases(passages: readonly Passage[], resolve: (section: Passage) => Passage[]): BasisFinding[] {
  const findings: BasisFinding[] = [];
  for (const passage of passages) {
    if (!passage.basis || passage.origin === "imported") continue;
    const articles = resolve(passage);
    if (articles.length === 0) {
      findings.push({ passage, basis: passage.basis, kind: "missing", problem: "the basis article is not in the loaded knowledge (import the law to check it)" });
      continue;
    }
    const official = normalizeText(articles.map((a) => a.body).join("\n"));
    const own = normalizeText(passage.body);
    const article = articles[0]!;
    for (const figure of new Set(own.match(FIGURE) ?? [])) {
      if (!official.includes(figure)) findings.push({ passage, basis: passage.basis, article, kind: "figure", problem: `states "${figure}", which the article does not` });
    }
    for (const [whole, , predicate] of official.matchAll(NEGATED)) {
      // 缴纳的 in 不缴纳的 is too short to tell a statement from a mention; 认定为工伤 is not.
      if (predicate!.replace(/的$/, "").length < 3) continue;
      // An article that also states the predicate plainly (就履行赡养义务签订协议 next to 不履行赡养义务的) does not negate it.
      if (statesPlainly(official, predicate!)) continue;
      if (own.includes(predicate!) && !own.includes(whole)) {
        findings.push({ passage, basis: passage.basis, article, kind: "negation", problem: `states "${predicate}" where the article says "${whole}"` });
      }
    }
  }
  return findings;
}
