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
});
