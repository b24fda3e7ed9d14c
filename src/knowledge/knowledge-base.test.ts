import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createSegmenter, lexiconFiles, parseLexicon, readUserDictTerms } from "../text/index.js";
import { loadKnowledge } from "./load-knowledge.js";

/** The bundled knowledge base meets the content rules of knowledge/README.md. */
describe("bundled knowledge base", () => {
  const knowledge = loadKnowledge("knowledge");
  const userDict = new Set(readUserDictTerms("knowledge/lexicon/userdict"));

  it("is large enough to answer what people ask", () => {
    expect(knowledge.documentCount).toBeGreaterThanOrEqual(40);
    expect(knowledge.passages.length).toBeGreaterThanOrEqual(250);
  });

  it("gives every section at least three 常见问法", () => {
    const thin = knowledge.passages.filter((p) => p.phrasings.length < 3).map((p) => p.id);
    expect(thin).toEqual([]);
  });

  it("keeps every section's answer short enough for one reply", () => {
    const long = knowledge.passages.filter((p) => p.body.length > 400).map((p) => `${p.id} (${p.body.length})`);
    expect(long).toEqual([]);
  });

  it("names the national baseline where regions differ", () => {
    const local = knowledge.passages.filter((p) => /各地|地方规定|当地/.test(p.body));
    expect(local.length).toBeGreaterThan(0);
    for (const p of knowledge.passages) expect(p.region, p.id).toBe("全国");
  });

  it("keeps every official term of the lexicon whole when segmenting", () => {
    const lexicon = parseLexicon(
      lexiconFiles("knowledge/lexicon/colloquial", ".tsv").map((f) => fs.readFileSync(f, "utf8")).join("\n"),
    );
    expect(lexicon.size).toBeGreaterThanOrEqual(300);
    const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict" });
    // A term is kept whole by the user dictionary, or is already one word in jieba's own.
    const split = [...new Set([...lexicon.values()].flat())].filter(
      (t) => t.length > 1 && !userDict.has(t) && segmenter.words(t).length > 1,
    );
    expect(split).toEqual([]);
  });
});
