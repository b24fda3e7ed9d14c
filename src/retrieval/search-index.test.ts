import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "../knowledge/index.js";
import { createSegmenter, loadLexicon } from "../text/index.js";
import { createHybridRetriever } from "./hybrid-retriever.js";
import { prepareQuery } from "./query.js";
import { openSearchIndex, storedIndexCurrent } from "./search-index.js";

const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict", stopWordsPath: "knowledge/lexicon/stopwords.txt" });
const lexicon = loadLexicon("knowledge/lexicon/colloquial");
const settings = { provider: "local" as const, dimensions: 512, model: "x", timeoutMs: 1000, url: undefined, apiKey: undefined };
const questions = ["在外省住院医保能直接结算吗", "商标到期了怎么续", "开公司的营业执照电子版有用吗", "孩子几岁能上小学"];

async function topIds(knowledgeDir: string, dataDir: string) {
  const opened = await openSearchIndex({ knowledge: loadKnowledge(knowledgeDir), dataDir, segmenter, embeddings: settings });
  const retriever = createHybridRetriever(opened.index, segmenter);
  const results = [];
  for (const q of questions) results.push((await retriever.search(prepareQuery(q, lexicon, segmenter), 3)).map((c) => c.passage.id));
  return { rebuilt: opened.rebuilt, results, index: opened.index };
}

/** A fresh data folder holding a copy of a built one's index. */
function copyOf(dataDir: string): string {
  const copy = tempDir();
  fs.cpSync(path.join(dataDir, "index"), path.join(copy, "index"), { recursive: true });
  return copy;
}

describe("openSearchIndex", () => {
  // One full build of the bundled knowledge; the tests that are not about that build start from copies of it.
  let built: string;
  let first: Awaited<ReturnType<typeof topIds>>;
  beforeAll(async () => {
    built = tempDir();
    first = await topIds("knowledge", built);
  });

  it("builds, persists, reloads without rebuilding and returns the same results", async () => {
    expect(first.rebuilt).toBe(true);
    expect(fs.existsSync(path.join(built, "index", "vectors.hnsw"))).toBe(true);
    const second = await topIds("knowledge", built);
    expect(second.rebuilt).toBe(false);
    expect(second.results).toEqual(first.results);
  });

  it("rebuilds when a knowledge file changes", async () => {
    const knowledgeDir = tempDir();
    fs.cpSync("knowledge", knowledgeDir, { recursive: true });
    const dataDir = copyOf(built);
    const current = () => storedIndexCurrent({ dataDir, knowledge: loadKnowledge(knowledgeDir), embeddings: settings });
    // The knowledge's hash names files relative to their folder: a copy is current with the index built from the original.
    expect(current()).toBe(true);
    const file = path.join(knowledgeDir, "ip", fs.readdirSync(path.join(knowledgeDir, "ip"))[0]!);
    fs.appendFileSync(file, "\n## 新增的问题\n新增的答案文字。\n");
    expect(current()).toBe(false);
    expect(storedIndexCurrent({ dataDir, knowledge: loadKnowledge(knowledgeDir), embeddings: { ...settings, dimensions: 256 } })).toBe(false);
    expect((await topIds(knowledgeDir, dataDir)).rebuilt).toBe(true);
    expect(current()).toBe(true);
    expect((await topIds(knowledgeDir, dataDir)).rebuilt).toBe(false);
  });

  it("rebuilds a damaged index instead of failing", async () => {
    const dataDir = copyOf(built);
    fs.writeFileSync(path.join(dataDir, "index", "vectors.labels.bin"), "damaged");
    const again = await topIds("knowledge", dataDir);
    expect(again.rebuilt).toBe(true);
    expect(again.results[0]!.length).toBe(3);
  });

  it("answers the filing question with the cross-province settlement document", async () => {
    expect(first.results[0]![0]).toMatch(/^medical-insurance-cross-province#/);
  });
});
