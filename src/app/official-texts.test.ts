import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config/index.js";
import { loadKnowledge } from "../knowledge/index.js";
import type { Assistant } from "./create-assistant.js";
import { loadOfficialTexts } from "./official-texts.js";
import { testAssistant } from "./testing.js";

describe("the official texts folder (OFFICIAL_DIR)", () => {
  it("defaults to official/ in the first knowledge folder, is turned off by `off`, and is none when it is a knowledge layer", () => {
    const base = loadConfig({ KNOWLEDGE_DIRS: "knowledge" });
    expect(base.officialDir).toBe(path.resolve("knowledge/official"));
    expect(loadConfig({ KNOWLEDGE_DIRS: "knowledge", OFFICIAL_DIR: "off" }).officialDir).toBeNull();
    expect(loadConfig({ KNOWLEDGE_DIRS: "knowledge,knowledge/official" }).officialDir).toBeNull();
  });

  it("is never loaded as curated documents of the folder it sits in; loaded apart, it holds only imported articles", () => {
    const curated = loadKnowledge("knowledge");
    expect(curated.passages.some((p) => p.origin === "imported" || p.file.startsWith("official"))).toBe(false);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-official-"));
    const official = loadOfficialTexts({ officialDir: path.resolve("knowledge/official"), lexiconDir: path.resolve("knowledge/lexicon") }, cacheDir);
    expect(official.length).toBeGreaterThan(1000);
    expect(official.every((p) => p.origin === "imported" && p.article)).toBe(true);
    expect(loadOfficialTexts({ officialDir: null, lexiconDir: path.resolve("knowledge/lexicon") }, cacheDir)).toEqual([]);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });
});

describe("curated answers quote the official article their 依据 names", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await testAssistant());
  });
  afterAll(() => assistant.close());

  it("quotes 工伤保险条例's article after a curated answer and cites it first, the answering section second", async () => {
    const response = await assistant.answer({ message: "工伤认定要在多长时间内申请", sessionId: "official-1", channel: "api" });
    expect(response.status).toBe("answered");
    const [quoted, answering] = response.citations;
    expect(quoted).toMatchObject({ quote: true, docId: "social-security-gong-shang-bao-xian-tiao-li", section: "第十七条" });
    expect(quoted!.article).toMatch(/^《工伤保险条例》第十七条/);
    expect(response.answer).toContain("依据《工伤保险条例》第十七条");
    expect(response.answer).toContain("30日内");
    expect(answering).toMatchObject({ docId: "social-security-work-injury" });
    expect(answering?.quote).toBeUndefined();
  });

  it("never answers from an official article alone: a question only the law's text holds is not answered from it", async () => {
    const response = await assistant.answer({ message: "社会保险法第一百条是怎么规定的", sessionId: "official-2", channel: "api" });
    expect(response.citations.every((c) => c.quote || !c.article)).toBe(true);
  });

  it("continues a follow-up in the section that answered, not in the quoted law", async () => {
    const ask = (message: string) => assistant.answer({ message, sessionId: "official-3", channel: "api" });
    const first = await ask("离职时公司让签竞业限制，最长能限制几年");
    expect(first.citations[0]?.quote).toBe(true);
    const next = await ask("这期间公司得给我钱吗");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("按月");
  });
});
