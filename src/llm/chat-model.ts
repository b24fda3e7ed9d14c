import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../config/index.js";

// A module of its own, imported only when LLM_MODE is set: the OpenAI client takes a good part of a second to load.

export type LlmSettings = NonNullable<Config["llm"]>;

/** ChatOpenAI on any OpenAI-compatible /v1/chat/completions (vLLM, Ollama, a hosted Qwen): no retries, temperature 0. */
export function createChatModel(settings: LlmSettings): BaseChatModel {
  return new ChatOpenAI({
    model: settings.model,
    apiKey: settings.apiKey ?? "not-needed",
    configuration: { baseURL: settings.baseUrl },
    temperature: 0,
    maxRetries: 0,
    timeout: settings.timeoutMs,
    streamUsage: false,
    useResponsesApi: false,
  });
}
