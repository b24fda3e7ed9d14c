import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage, type AIMessageChunk } from "@langchain/core/messages";
import { ZhiceError } from "../errors.js";

/** A system instruction and one user message (the data, delimited). */
export interface ModelPrompt {
  system: string;
  user: string;
}

/** The narrow port the answer pipeline talks to: one reply, streamed to `onChunk` when given. */
export interface LanguageModel {
  /** Rejects with LLM_TIMEOUT after `timeoutMs`, or with the client's error; never waits longer. */
  complete(prompt: ModelPrompt, options: { timeoutMs: number; onChunk?: (text: string) => void }): Promise<string>;
}

export type { LlmSettings } from "./chat-model.js";

function textOf(chunk: AIMessageChunk | { content: unknown }): string {
  const content = chunk.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === "object" && part && "text" in part ? String(part.text) : "")).join("");
  return "";
}

/** Wraps a @langchain/core chat model in the port: a hard deadline (abort and reject) and plain text out. */
export function languageModel(model: BaseChatModel): LanguageModel {
  return {
    async complete(prompt, { timeoutMs, onChunk }) {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new ZhiceError("LLM_FAILED", `language model gave no answer within ${timeoutMs} ms`, { cause: "timeout" }));
        }, timeoutMs);
      });
      const messages = [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
      const call = async () => {
        if (!onChunk) return textOf(await model.invoke(messages, { signal: controller.signal }));
        let text = "";
        for await (const chunk of await model.stream(messages, { signal: controller.signal })) {
          const piece = textOf(chunk);
          if (!piece || controller.signal.aborted) continue;
          text += piece;
          onChunk(piece);
        }
        return text;
      };
      try {
        return await Promise.race([call(), deadline]);
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    },
  };
}

/** True when the error is the deadline rather than a failure of the model or its server. */
export function isTimeout(error: unknown): boolean {
  return error instanceof ZhiceError && error.cause === "timeout";
}
