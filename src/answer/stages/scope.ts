import type { Candidate, ContentCoverage } from "../../retrieval/index.js";
import type { AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { isRawArticle } from "../raw-article.js";

/**
 * The loaded knowledge covers a question when one of its three best candidates holds at least this share of the
 * question's words in content words, and at least this many of them (src/retrieval/content-coverage.ts). On the dev
 * set, the retired held-out batches and the older article sets (16 laws loaded), off-topic questions that the intent
 * classifier and the routing patterns let through reach at most 0.30 (甲状腺结节 against a 门诊慢特病 section);
 * answerable questions declined as out of scope for want of a domain word reach 0.35–0.57.
 */
export const KNOWLEDGE_COVERS = { share: 0.35, words: 2 };

/**
 * An imported article covers a question strongly enough to outweigh the intent classifier's off-topic verdict.
 * Stricter than KNOWLEDGE_COVERS: short chit-chat meets a law's words by chance (哪个基金收益高 holds 基金 and 收益 of
 * 社会保险法第七十条: 0.52 with 2 words), so three content words are needed.
 */
export const ARTICLE_OUTWEIGHS_OFF_TOPIC = { share: 0.5, words: 3 };

/**
 * A looser bar for a question the intent classifier is sure is no chit-chat (off-topic score below OFF_TOPIC_RULED_OUT):
 * colloquial questions with no policy word (花了几十块买到假冒伪劣的东西，赔偿会不会很少啊, 手里有张欠条…能去法院告吗)
 * meet the right document's words only in part. In scope this way, an unsure answer goes to staff, never declined.
 */
export const KNOWLEDGE_COVERS_VOUCHED = { share: 0.2, words: 2 };
export const OFF_TOPIC_RULED_OUT = 0.01;

export interface KnowledgeScope {
  /** Some section or article among the best three covers the question's content words. */
  covers: boolean;
  /** Some candidate covers them in part, and the intent classifier rules chit-chat out. */
  coversVouched: boolean;
  /** An imported article among the best three covers them strongly. */
  articleOutweighsOffTopic: boolean;
  /** Any of the best three covers them as strongly: enough to outweigh a chit-chat word alone (景点 in 老人逛景点能免票吗). */
  outweighsOffTopicWord: boolean;
  /** The content coverage of each of the best three candidates, in their order. */
  measured: readonly ContentCoverage[];
}

const TOP = 3;

/** What the loaded knowledge, imported laws included, says about whether a question is in scope. */
export function knowledgeScope(ctx: AnswerContext, deps: PipelineDeps): KnowledgeScope {
  const top: Candidate[] = ctx.candidates.slice(0, TOP);
  if (top.length === 0 || !ctx.query) return { covers: false, coversVouched: false, articleOutweighsOffTopic: false, outweighsOffTopicWord: false, measured: [] };
  const measured = deps.retriever.contentCoverage(ctx.query, top.map((c) => c.passage));
  const meets = (m: { share: number; words: number }, bar: { share: number; words: number }) => m.share >= bar.share && m.words >= bar.words;
  return {
    covers: measured.some((m) => meets(m, KNOWLEDGE_COVERS)),
    coversVouched: (ctx.intent?.off_topic ?? 1) < OFF_TOPIC_RULED_OUT && measured.some((m) => meets(m, KNOWLEDGE_COVERS_VOUCHED)),
    articleOutweighsOffTopic: measured.some((m, i) => isRawArticle(top[i]!.passage) && meets(m, ARTICLE_OUTWEIGHS_OFF_TOPIC)),
    outweighsOffTopicWord: measured.some((m) => meets(m, ARTICLE_OUTWEIGHS_OFF_TOPIC)),
    measured,
  };
}
