import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "../knowledge/index.js";
import { createSegmenter, loadLexicon } from "../text/index.js";
import { createHybridRetriever } from "./hybrid-retriever.js";
import { OpenAICompatibleEmbeddings } from "./openai-embeddings.js";
import { prepareQuery } from "./query.js";
import { openSearchIndex } from "./search-index.js";

/** A local stand-in for an OpenAI-compatible server: 8-dimensional vectors from character codes. */
function fakeVector(text: string): number[] {
  const v = new Array(8).fill(0);
  for (const ch of text) v[ch.charCodeAt(0) % 8] += 1;
  return v;
}

let server: http.Server;
let url = "";
const seen: { model: string; inputs: number; auth?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.url !== "/v1/embeddings") return void res.writeHead(404).end();
      const { model, input } = JSON.parse(body) as { model: string; input: string[] };
      seen.push({ model, inputs: input.length, auth: req.headers.authorization });
      if (model === "broken") return void res.writeHead(500).end("boom");
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: input.map((t, index) => ({ index, embedding: fakeVector(t) })).reverse() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("OpenAICompatibleEmbeddings", () => {
  it("sends batches with the model and key and keeps the input order", async () => {
    const embeddings = new OpenAICompatibleEmbeddings({ url, model: "bge-m3", apiKey: "k1", batchSize: 2 });
    const vectors = await embeddings.embedDocuments(["甲", "乙乙", "丙丙丙"]);
    expect(vectors).toEqual([fakeVector("甲"), fakeVector("乙乙"), fakeVector("丙丙丙")]);
    expect(seen.slice(-2).map((s) => s.inputs)).toEqual([2, 1]);
    expect(seen.at(-1)).toMatchObject({ model: "bge-m3", auth: "Bearer k1" });
  });

  it("fails with a clear error when the endpoint fails", async () => {
    const embeddings = new OpenAICompatibleEmbeddings({ url, model: "broken", maxRetries: 0 });
    await expect(embeddings.embedQuery("问题")).rejects.toThrow(/HTTP 500/);
  });

  it("serves as the index's embedding model when configured", async () => {
    const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict" });
    const opened = await openSearchIndex({
      knowledge: loadKnowledge("knowledge"),
      dataDir: tempDir(),
      segmenter,
      embeddings: { provider: "openai", url, model: "bge-m3", dimensions: 1024, timeoutMs: 5000, apiKey: undefined },
    });
    // One vector for each passage's whole text plus one per heading and 常见问法.
    const asks = [...opened.index.passages.values()].reduce((n, p) => n + 2 + p.phrasings.length, 0);
    expect(opened.index.vectors.size).toBe(asks);
    const retriever = createHybridRetriever(opened.index, segmenter);
    const query = prepareQuery("外省住院怎么备案", loadLexicon("knowledge/lexicon/colloquial"), segmenter);
    const before = seen.length;
    const results = await retriever.search(query, 3);
    expect(results.length).toBe(3);
    expect(seen.slice(before)).toEqual([{ model: "bge-m3", inputs: 1, auth: undefined }]); // the query was embedded remotely
    const hits = await opened.index.vectors.similaritySearchVectorWithScore(await opened.index.embeddings.embedQuery("备案"), 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]![1]).toBeGreaterThan(0.9);
  });
});
