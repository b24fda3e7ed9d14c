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

describe("security settings", () => {
  it("has limits on, five tickets a day, no trusted proxy and any origin by default", () => {
    const { security } = loadConfig({});
    expect(security.rateLimits?.escalate).toEqual({ perAddress: 20, perSession: 5 });
    expect(security.ticketsPerDay).toBe(5);
    expect(security.trustProxy).toBe(false);
    expect(security.corsOrigins).toBe("*");
    expect(loadConfig({}).wechat).toBeNull();
    expect(loadConfig({ WECHAT_TOKEN: "abc" }).wechat?.maxClockSkewSeconds).toBe(300);
  });

  it("turns every limit off with RATE_LIMITS=off and reads overrides, proxies and origins", () => {
    const off = loadConfig({ RATE_LIMITS: "off" }).security;
    expect([off.rateLimits, off.ticketsPerDay]).toEqual([null, null]);
    expect(loadConfig({ RATE_LIMITS: "chat=10/2" }).security.rateLimits?.chat).toEqual({ perAddress: 10, perSession: 2 });
    expect(loadConfig({ TRUST_PROXY: "1" }).security.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8" }).security.trustProxy).toBe("10.0.0.0/8");
    expect(loadConfig({ CORS_ORIGINS: "https://a.gov.cn, https://b.gov.cn/" }).security.corsOrigins).toEqual(["https://a.gov.cn", "https://b.gov.cn"]);
  });

  it("names the variable when a security value is wrong", () => {
    expect(() => loadConfig({ RATE_LIMITS: "lots" })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ RATE_LIMITS: "flood=1/1" })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ CORS_ORIGINS: "evil" })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ WECHAT_MAX_CLOCK_SKEW_SECONDS: "5" })).toThrow(/WECHAT_MAX_CLOCK_SKEW_SECONDS/);
  });
});

describe("language model settings", () => {
  it("is off by default and needs no model then", () => {
    expect(loadConfig({}).llm).toBeNull();
    expect(loadConfig({ LLM_MODEL: "qwen" }).llm).toBeNull();
  });

  it("reads the endpoint, model, key and a 3.5 s timeout by default", () => {
    const llm = loadConfig({ LLM_MODE: "answer", LLM_BASE_URL: "http://127.0.0.1:8000/v1", LLM_MODEL: "Qwen2.5-7B-Instruct" }).llm;
    expect(llm).toEqual({ mode: "answer", baseUrl: "http://127.0.0.1:8000/v1", model: "Qwen2.5-7B-Instruct", apiKey: undefined, timeoutMs: 3500 });
  });

  it("names the missing or wrong variable", () => {
    expect(() => loadConfig({ LLM_MODE: "condense", LLM_MODEL: "qwen" })).toThrow(/LLM_BASE_URL: required when LLM_MODE=condense/);
    expect(() => loadConfig({ LLM_MODE: "answer", LLM_BASE_URL: "http://127.0.0.1:8000/v1" })).toThrow(/LLM_MODEL/);
    expect(() => loadConfig({ LLM_MODE: "always" })).toThrow(/LLM_MODE/);
    expect(() => loadConfig({ LLM_BASE_URL: "not a url" })).toThrow(/LLM_BASE_URL/);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: "10" })).toThrow(/LLM_TIMEOUT_MS/);
  });
});

describe("transparency settings", () => {
  it("are on with five sessions by default, and checked", () => {
    expect(loadConfig({}).transparency).toEqual({ enabled: true, minSessions: 5 });
    expect(loadConfig({ TRANSPARENCY: "off", TRANSPARENCY_MIN_SESSIONS: "12" }).transparency).toEqual({ enabled: false, minSessions: 12 });
    expect(() => loadConfig({ TRANSPARENCY: "yes" })).toThrow(/TRANSPARENCY/);
    expect(() => loadConfig({ TRANSPARENCY_MIN_SESSIONS: "1" })).toThrow(/TRANSPARENCY_MIN_SESSIONS/);
  });
});
