import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../knowledge/index.js";
import { deriveSectionFrame, loadFrameVocabulary } from "../understanding/index.js";
import { soundTable } from "../text/index.js";
import { cachedSectionFrames } from "./frames-cache.js";
import { loadKnowledgeCached } from "./knowledge-cache.js";
import { cachedSoundTable } from "./sounds-cache.js";
import { cachedValue, codeHash, recordSourceHashes } from "./startup-cache.js";
import { tempDir } from "./testing.js";

const json = { encode: (v: number[]) => JSON.stringify(v), decode: (t: string) => JSON.parse(t) as number[] };

describe("cachedValue", () => {
  it("derives once per key, reads the stored value after, and keeps only the newest file of a name", () => {
    const dir = tempDir();
    let derived = 0;
    const derive = () => [++derived];
    expect(cachedValue(dir, "v", ["a"], derive, json)).toEqual([1]);
    expect(cachedValue(dir, "v", ["a"], derive, json)).toEqual([1]);
    expect(derived).toBe(1);
    expect(cachedValue(dir, "v", ["b"], derive, json)).toEqual([2]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("v-"))).toHaveLength(1);
  });

  it("derives again when the stored file is unreadable", () => {
    const dir = tempDir();
    cachedValue(dir, "v", ["a"], () => [1], json);
    const [file] = fs.readdirSync(dir);
    fs.writeFileSync(path.join(dir, file!), "{not json");
    expect(cachedValue(dir, "v", ["a"], () => [7], json)).toEqual([7]);
  });

  it("hashes the code of the folders named: another folder gives another hash", () => {
    expect(codeHash(["text"])).toBe(codeHash(["text"]));
    expect(codeHash(["text"])).not.toBe(codeHash(["understanding"]));
  });

  it("hashes compiled code as the sources the build recorded, so tsx and node dist/ share caches", () => {
    const [src, dist] = [tempDir(), tempDir()];
    fs.mkdirSync(path.join(src, "text"));
    fs.writeFileSync(path.join(src, "text", "a.ts"), "export const a: number = 1;\n");
    fs.writeFileSync(path.join(src, "text", "a.test.ts"), "test\n");
    fs.mkdirSync(path.join(dist, "text"));
    fs.writeFileSync(path.join(dist, "text", "a.js"), "export const a = 1;\n");
    expect(codeHash(["text"], dist)).not.toBe(codeHash(["text"], src)); // not recorded: its own files
    recordSourceHashes(src, dist);
    expect(codeHash(["text"], dist)).toBe(codeHash(["text"], src));
    fs.writeFileSync(path.join(src, "text", "a.ts"), "export const a: number = 2;\n");
    expect(codeHash(["text"], dist)).not.toBe(codeHash(["text"], src)); // sources changed since the build
    fs.writeFileSync(path.join(dist, "text", "a.js"), "export const a = 2;\n");
    const ownFiles = codeHash(["text"], dist);
    fs.rmSync(path.join(dist, "source-hashes.json"));
    expect(ownFiles).toBe(codeHash(["text"], dist)); // compiled again without the record: its own files, not the stale record
  });
});

describe("start-up caches on the bundled knowledge", () => {
  const knowledge = loadKnowledge("knowledge", { lexiconDir: "knowledge/lexicon" });

  it("reads back the very passages parsing gives", () => {
    const dir = tempDir();
    const config = { knowledgeDirs: ["knowledge"], lexiconDir: "knowledge/lexicon" };
    loadKnowledgeCached(config, dir);
    expect(fs.readdirSync(dir).some((f) => f.startsWith("knowledge-"))).toBe(true);
    const cached = loadKnowledgeCached(config, dir);
    expect(cached.contentHash).toBe(knowledge.contentHash);
    expect(cached.passages).toEqual(knowledge.passages);
  });

  it("reads back the very section frames deriving gives", () => {
    const dir = tempDir();
    const vocabulary = loadFrameVocabulary("knowledge/lexicon");
    cachedSectionFrames(knowledge.passages, vocabulary, dir, knowledge.contentHash);
    const frames = cachedSectionFrames(knowledge.passages, vocabulary, dir, knowledge.contentHash);
    for (const passage of knowledge.passages) expect(frames.of(passage)).toEqual(deriveSectionFrame(passage, vocabulary));
  });

  it("reads back the very sound table the terms give", () => {
    const dir = tempDir();
    const terms = ["稳岗", "备案", "报销", "社保", "社会保障卡"];
    cachedSoundTable(dir)(terms);
    expect(cachedSoundTable(dir)(terms)).toEqual(soundTable(terms));
    expect(cachedSoundTable(dir)(["报销"])).toEqual(soundTable(["报销"]));
  });
});
