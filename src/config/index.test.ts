import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./index.js";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.dataDir.endsWith("data")).toBe(true);
    expect(config.embeddings.provider).toBe("local");
  });

  it("names the variable when a value is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => loadConfig({ ANSWER_MIN_CONFIDENCE: "2" })).toThrow(/ANSWER_MIN_CONFIDENCE/);
  });

  it("requires an endpoint for remote embeddings", () => {
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: "openai" })).toThrow(/EMBEDDINGS_URL/);
    const config = loadConfig({ EMBEDDINGS_PROVIDER: "openai", EMBEDDINGS_URL: "http://127.0.0.1:9/v1" });
    expect(config.embeddings.url).toBe("http://127.0.0.1:9/v1");
  });

  it("reads the knowledge layers, the lexicon folder and the deployment's region", () => {
    const defaults = loadConfig({});
    expect(defaults.knowledgeDirs).toEqual([defaults.knowledgeDir]);
    expect(defaults.lexiconDir.endsWith("knowledge/lexicon")).toBe(true);
    expect(defaults.locale).toBeUndefined();
    const layered = loadConfig({ KNOWLEDGE_DIRS: "base, local/示范市", LEXICON_DIR: "lex", LOCALE: "示范市" });
    expect(layered.knowledgeDirs).toEqual([path.resolve("base"), path.resolve("local/示范市")]);
    expect(layered.knowledgeDir).toBe(layered.knowledgeDirs[0]);
    expect(layered.lexiconDir.endsWith("/lex")).toBe(true);
    expect(layered.locale).toBe("示范市");
    expect(() => loadConfig({ KNOWLEDGE_DIRS: "a,,b" })).toThrow(/KNOWLEDGE_DIRS/);
  });
});
