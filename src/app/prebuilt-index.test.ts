import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { createAssistant } from "./create-assistant.js";
import { ensurePrebuilt, prebuiltKey, seedDataDir } from "./prebuilt-index.js";
import { tempDir, testConfig } from "./testing.js";

/**
 * A knowledge folder of one bundled document (a build of it takes seconds) with a section of its own, so no
 * earlier run's prebuilt folder fits it, and the bundled lexicon.
 */
function smallKnowledge(): Record<string, string> {
  const dir = tempDir();
  const file = fs.readdirSync("knowledge/ip").find((f) => f.endsWith(".md"))!;
  fs.mkdirSync(path.join(dir, "ip"));
  fs.writeFileSync(path.join(dir, "ip", file), `${fs.readFileSync(path.join("knowledge/ip", file), "utf8")}\n## 测试 ${path.basename(dir)}\n仅供测试。\n`);
  return { KNOWLEDGE_DIR: dir, LEXICON_DIR: "knowledge/lexicon" };
}

describe("the prebuilt test index", () => {
  it("has one key for the bundled knowledge and a copy of it, and another when a document or the settings change", () => {
    const copy = tempDir();
    fs.cpSync("knowledge", copy, { recursive: true });
    const bundled = prebuiltKey(testConfig({ DATA_DIR: tempDir() }));
    expect(prebuiltKey(testConfig({ DATA_DIR: tempDir(), KNOWLEDGE_DIR: copy }))).toBe(bundled);
    expect(prebuiltKey(testConfig({ DATA_DIR: tempDir(), EMBEDDINGS_DIMENSIONS: "256" }))).not.toBe(bundled);
    const file = path.join(copy, "ip", fs.readdirSync(path.join(copy, "ip"))[0]!);
    fs.appendFileSync(file, "\n## 新增的问题\n新增的答案文字。\n");
    expect(prebuiltKey(testConfig({ DATA_DIR: tempDir(), KNOWLEDGE_DIR: copy }))).not.toBe(bundled);
  });

  it("is built once, then seeds fresh data folders that load it instead of building", async () => {
    const settings = smallKnowledge();
    const unseeded = testConfig(settings);
    expect(fs.existsSync(path.join(unseeded.dataDir, "index"))).toBe(false);
    expect(seedDataDir(unseeded)).toBe(false);

    const { folder, built } = await ensurePrebuilt(testConfig({ ...settings, DATA_DIR: tempDir() }));
    onTestFinished(() => fs.rmSync(folder, { recursive: true, force: true }));
    expect(built).toBe(true);
    expect((await ensurePrebuilt(testConfig({ ...settings, DATA_DIR: tempDir() }))).built).toBe(false);

    const seeded = testConfig(settings);
    expect(fs.existsSync(path.join(seeded.dataDir, "index", "manifest.json"))).toBe(true);
    const assistant = await createAssistant(seeded);
    try {
      expect(assistant.stats.rebuilt).toBe(false);
      expect(assistant.stats.passages).toBeGreaterThan(0);
    } finally {
      await assistant.close();
    }
    // A folder the test names itself is left as it is.
    const own = tempDir();
    testConfig({ ...settings, DATA_DIR: own });
    expect(fs.readdirSync(own)).toEqual([]);
  });
});
