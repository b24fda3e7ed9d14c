import { describe, expect, it } from "vitest";
import { createSegmenter, normalizeText } from "../text/index.js";
import { CorpusEmbeddings } from "./corpus-embeddings.js";

const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict", stopWordsPath: "knowledge/lexicon/stopwords.txt" });
const featurize = (text: string) => segmenter.features(normalizeText(text));
const corpus = [
  "跨省异地就医直接结算需要先备案",
  "创业担保贷款个人最高20万元",
  "发明专利权的期限为20年",
  "商标注册有效期为10年可以续展",
  "义务教育适龄儿童年满6周岁入学",
];
const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe("CorpusEmbeddings", () => {
  const embeddings = new CorpusEmbeddings(featurize, { dimensions: 256, documentCount: 0, idf: {} });
  embeddings.fit(corpus);

  it("produces unit vectors of the configured size", async () => {
    const [vector] = await embeddings.embedDocuments([corpus[0]!]);
    expect(vector).toHaveLength(256);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 6);
  });

  it("puts a question closest to the passage that answers it", async () => {
    const query = await embeddings.embedQuery("外省看病要备案吗 异地就医");
    const docs = await embeddings.embedDocuments(corpus);
    const sims = docs.map((d) => cosine(query, d));
    expect(sims.indexOf(Math.max(...sims))).toBe(0);
  });

  it("is deterministic and survives a round trip through its state", async () => {
    const restored = new CorpusEmbeddings(featurize, JSON.parse(JSON.stringify(embeddings.toJSON())));
    expect(await restored.embedQuery("商标续展")).toEqual(await embeddings.embedQuery("商标续展"));
  });

  it("gives a zero vector for text with no known features", async () => {
    const vector = await embeddings.embedQuery("ABCXYZ");
    expect(vector.every((v) => v === 0)).toBe(true);
  });

  it("weighs each feature by the IDF table as it stands, words learnt later included", () => {
    const words = (text: string) => text.split(" ");
    const table = { dimensions: 64, documentCount: 4, idf: { 社保: 2, "#社保": 1 } as Record<string, number> };
    const small = new CorpusEmbeddings(words, table);
    expect([...small.featureWeights("社保 #社保 社保 医保")]).toEqual([["社保", (1 + Math.log(2)) * 2], ["#社保", 0.5]]);
    small.learnNewFeatures(["医保"]);
    expect(small.featureWeights("医保").get("医保")).toBe(table.idf.医保);
    // Read as the object reads it: a name it only inherits counts as in the table, an unseen one as out of it.
    expect(small.featureWeights("toString").has("toString")).toBe(true);
    expect(small.featureWeights("没见过", { openVocabulary: false }).size).toBe(0);
  });
});
