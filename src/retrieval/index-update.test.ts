import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "../knowledge/index.js";
import { createSegmenter, normalizeText } from "../text/index.js";
import { openSearchIndex, type SearchIndex } from "./search-index.js";

const segmenter = createSegmenter({ userDictDir: "knowledge/lexicon/userdict", stopWordsPath: "knowledge/lexicon/stopwords.txt" });
const settings = { provider: "local" as const, dimensions: 256, model: "x", timeoutMs: 1000, url: undefined, apiKey: undefined };
const open = (knowledgeDir: string, dataDir: string) =>
  openSearchIndex({ knowledge: loadKnowledge(knowledgeDir, { lexiconDir: "knowledge/lexicon" }), dataDir, segmenter, embeddings: settings });

/** Each passage's vector labels: a section re-embedded gets new labels, one left alone keeps its own. */
function labelsByPassage(index: SearchIndex): Map<string, number[]> {
  const labels = new Map<string, number[]>();
  for (let label = 0; label < index.vectors.labelCount; label += 1) {
    const { passageId } = index.vectors.entry(label);
    if (passageId) labels.set(passageId, [...(labels.get(passageId) ?? []), label]);
  }
  return labels;
}

async function vectorHits(index: SearchIndex, text: string): Promise<string[]> {
  const hits = await index.vectors.similaritySearchVectorWithScore(await index.embeddings.embedQuery(normalizeText(text)), 50);
  return hits.map(([doc]) => String(doc.metadata.passageId));
}

describe("updating a stored index section by section", () => {
  it("re-indexes a changed document, leaves unchanged ones alone and drops a removed one", async () => {
    const knowledgeDir = tempDir();
    fs.cpSync("knowledge/ip", path.join(knowledgeDir, "ip"), { recursive: true });
    const dataDir = tempDir();
    const first = await open(knowledgeDir, dataDir);
    expect(first.rebuilt).toBe(true);
    expect(first.updated).toBeUndefined();
    const before = labelsByPassage(first.index);
    const hotline = path.join(knowledgeDir, "ip", "ip-12330-hotline.md");
    fs.writeFileSync(hotline, fs.readFileSync(hotline, "utf8").replace("## 12330是什么电话\n\n", "## 12330是什么电话\n\n蓝鲸湾试点片区另设夜间值守专线。"));
    fs.rmSync(path.join(knowledgeDir, "ip", "ip-customs-protection.md"));
    const changedId = [...first.index.passages.values()].find((p) => p.docId === "ip-12330-hotline")!.id;
    const removedIds = [...first.index.passages.values()].filter((p) => p.docId === "ip-customs-protection").map((p) => p.id);
    expect(removedIds.length).toBeGreaterThan(0);

    const second = await open(knowledgeDir, dataDir);
    expect(second.rebuilt).toBe(true);
    expect(second.updated).toEqual({ removed: removedIds.length + 1, added: 1 });
    const after = labelsByPassage(second.index);
    // Unchanged sections: the very vectors of the first build (not re-embedded).
    for (const [id, labels] of before) if (id !== changedId && !removedIds.includes(id)) expect(after.get(id)).toEqual(labels);
    // The changed section: new vectors, found by its new words in every part of the index.
    expect(after.get(changedId)!.every((label) => label >= first.index.vectors.labelCount)).toBe(true);
    const words = segmenter.features(normalizeText("蓝鲸湾夜间值守专线"));
    expect(second.index.bm25.search(words, 1)[0]!.id).toBe(changedId);
    expect(await vectorHits(second.index, "蓝鲸湾试点片区夜间值守专线")).toContain(changedId);
    expect(second.index.classifier.knows(changedId)).toBe(true);
    // The removed document: gone from every ranking.
    for (const id of removedIds) {
      const heading = first.index.passages.get(id)!.heading;
      const features = segmenter.features(normalizeText(heading));
      expect(second.index.passages.has(id)).toBe(false);
      expect(second.index.bm25.search(features, 50).map((h) => h.id)).not.toContain(id);
      expect(second.index.questionBm25.search(features, 50).map((h) => h.id)).not.toContain(id);
      expect(await vectorHits(second.index, heading)).not.toContain(id);
      expect(second.index.classifier.knows(id)).toBe(false);
      expect(second.index.classifier.predict(features).has(id)).toBe(false);
    }

    // The update was persisted: the next start loads it as it is, with the same results.
    const third = await open(knowledgeDir, dataDir);
    expect(third.rebuilt).toBe(false);
    expect(third.index.bm25.search(words, 3)).toEqual(second.index.bm25.search(words, 3));
    expect(await vectorHits(third.index, "蓝鲸湾试点片区夜间值守专线")).toEqual(await vectorHits(second.index, "蓝鲸湾试点片区夜间值守专线"));
  });

  it("builds anew when most of the knowledge changed", async () => {
    const knowledgeDir = tempDir();
    fs.cpSync("knowledge/ip", path.join(knowledgeDir, "ip"), { recursive: true });
    const dataDir = tempDir();
    await open(knowledgeDir, dataDir);
    fs.rmSync(path.join(knowledgeDir, "ip"), { recursive: true });
    fs.cpSync("knowledge/residence", path.join(knowledgeDir, "residence"), { recursive: true });
    const again = await open(knowledgeDir, dataDir);
    expect(again.rebuilt).toBe(true);
    expect(again.updated).toBeUndefined();
  });
});
