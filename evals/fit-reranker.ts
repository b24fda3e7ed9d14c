import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config/index.js";
import { loadKnowledge, type Passage } from "../src/knowledge/index.js";
import { createHybridRetriever, openSearchIndex, prepareQuery } from "../src/retrieval/index.js";
import { DEFAULT_RERANK_WEIGHTS, rerankScore, type RerankFeatures, type RerankWeights } from "../src/retrieval/rerank.js";
import { createSegmenter, loadLexicon } from "../src/text/index.js";

/**
 * npm run fit-reranker
 * Chooses the reranker weights without evals/: the knowledge's 常见问法 are split into 5 folds; each
 * fold is removed from the index (and the classifier) and asked as questions. Coordinate ascent then
 * maximises hit@1 over all of them. Prints the weights to copy into src/retrieval/rerank.ts.
 */
const FOLDS = 5;
const STEPS = [0, 0.0125, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3];

interface Asked {
  target: string;
  candidates: { id: string; features: RerankFeatures }[];
}

async function askHeldOut(): Promise<Asked[]> {
  const config = loadConfig();
  const lexiconDir = path.join(config.knowledgeDir, "lexicon");
  const segmenter = createSegmenter({ userDictDir: path.join(lexiconDir, "userdict"), stopWordsPath: path.join(lexiconDir, "stopwords.txt") });
  const lexicon = loadLexicon(path.join(lexiconDir, "colloquial"));
  const knowledge = loadKnowledge(config.knowledgeDirs, { lexiconDir: config.lexiconDir });
  const asked: Asked[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held: { question: string; target: string }[] = [];
    const passages: Passage[] = knowledge.passages.map((p) => {
      const kept = p.phrasings.filter((question, i) => {
        const out = (i + p.id.length) % FOLDS === fold;
        if (out) held.push({ question, target: p.id });
        return !out;
      });
      return { ...p, phrasings: kept };
    });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-fit-"));
    const { index } = await openSearchIndex({
      knowledge: { ...knowledge, passages, contentHash: `fold-${fold}` },
      dataDir,
      segmenter,
      embeddings: config.embeddings,
      featurizeQuestion: (text) => segmenter.features(prepareQuery(text, lexicon, segmenter).expanded),
    });
    const retriever = createHybridRetriever(index, segmenter, { allFeatures: true });
    for (const { question, target } of held) {
      const candidates = await retriever.search(prepareQuery(question, lexicon, segmenter), 40);
      asked.push({ target, candidates: candidates.map((c) => ({ id: c.passage.id, features: c.features })) });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.stderr.write(`fold ${fold + 1}/${FOLDS}: ${held.length} 常见问法 asked\n`);
  }
  return asked;
}

function hitAt1(asked: Asked[], weights: RerankWeights): number {
  let hits = 0;
  for (const { target, candidates } of asked) {
    let best = -Infinity;
    let bestId = "";
    for (const c of candidates) {
      const score = rerankScore(c.features, weights);
      if (score > best) [best, bestId] = [score, c.id];
    }
    if (bestId === target) hits += 1;
  }
  return hits / asked.length;
}

async function main(): Promise<void> {
  const asked = await askHeldOut();
  let weights = { ...DEFAULT_RERANK_WEIGHTS };
  let best = hitAt1(asked, weights);
  console.log(`${asked.length} held-out 常见问法; current weights hit@1 ${(best * 100).toFixed(2)}%`);
  for (let round = 0; round < 3; round += 1) {
    for (const key of Object.keys(weights) as (keyof RerankWeights)[]) {
      for (const value of STEPS) {
        const trial = { ...weights, [key]: value };
        const score = hitAt1(asked, trial);
        if (score > best + 1e-9) [best, weights] = [score, trial];
      }
    }
  }
  console.log(`best hit@1 ${(best * 100).toFixed(2)}% with`, JSON.stringify(weights));
}

main().catch((error: unknown) => {
  console.error(`Fitting failed: ${(error as Error).stack}`);
  process.exit(1);
});
