import MiniSearch from "minisearch";
import type { Assistant } from "../src/app/create-assistant.js";
import { loadDataset } from "../evals/dataset.js";
import { normalizeText, type Segmenter } from "../src/text/index.js";

export interface RankingFigures {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

export interface Comparison {
  file: string;
  zhice: RankingFigures;
  bm25: RankingFigures;
}

function figures(ranks: number[]): RankingFigures {
  const share = (ok: (r: number) => boolean) => ranks.filter(ok).length / Math.max(1, ranks.length);
  return {
    questions: ranks.length,
    hitAt1: share((r) => r <= 1),
    hitAt3: share((r) => r <= 3),
    mrr: ranks.reduce((sum, r) => sum + (Number.isFinite(r) ? 1 / r : 0), 0) / Math.max(1, ranks.length),
  };
}

/**
 * 知策's retrieval (the retriever the answers use) against a plain BM25 baseline: MiniSearch over the same
 * passages (title, heading, 常见问法, body) with the same jieba tokenizer (words and character bigrams),
 * asked the normalised question. Ranked by section, on the answerable questions with an expected section.
 */
export async function compareRetrieval(assistant: Assistant, segmenter: Segmenter, file: string): Promise<Comparison> {
  const mini = new MiniSearch<{ id: string; text: string }>({
    fields: ["text"],
    tokenize: (text) => segmenter.features(normalizeText(text)),
    processTerm: (term) => term,
  });
  const passages = [...assistant.index.passages.values()];
  mini.addAll(passages.map((p) => ({ id: p.id, text: [p.title, p.heading, ...p.phrasings, p.body].join("\n") })));
  const key = (id: string) => {
    const p = assistant.index.passages.get(id)!;
    return `${p.docId}#${p.heading}`;
  };
  const zhice: number[] = [];
  const bm25: number[] = [];
  for (const item of loadDataset(file)) {
    if (item.status !== "answered" || !item.docId) continue;
    const expected = `${item.docId}#${item.section}`;
    const ours = (await assistant.retriever.search(assistant.prepare(item.question), 10)).map((c) => key(c.passage.id));
    const theirs = mini.search(item.question).slice(0, 10).map((r) => key(String(r.id)));
    for (const [ranking, ranks] of [[ours, zhice], [theirs, bm25]] as const) {
      const at = ranking.indexOf(expected);
      ranks.push(at < 0 ? Infinity : at + 1);
    }
  }
  return { file, zhice: figures(zhice), bm25: figures(bm25) };
}
