import { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import { ZhiceError } from "../errors.js";

export interface OpenAIEmbeddingsOptions {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:8000/v1 (vLLM, Ollama, TEI). */
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  batchSize?: number;
  /** Retries of a failed call, with backoff (default 2). */
  maxRetries?: number;
}

const responseSchema = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int() })),
});

/** Neural embeddings from any OpenAI-compatible /v1/embeddings endpoint (bge-m3 and the like). */
export class OpenAICompatibleEmbeddings extends Embeddings {
  private readonly options: Required<Omit<OpenAIEmbeddingsOptions, "apiKey" | "maxRetries">> & { apiKey?: string };

  constructor(options: OpenAIEmbeddingsOptions) {
    super({ maxRetries: options.maxRetries ?? 2 });
    this.options = { timeoutMs: 15000, batchSize: 32, ...options };
  }

  private async request(input: string[]): Promise<number[][]> {
    const endpoint = `${this.options.url.replace(/\/+$/, "")}/embeddings`;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify({ model: this.options.model, input }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new ZhiceError("EMBEDDINGS_FAILED", `Embeddings endpoint ${endpoint} unreachable: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok) {
      throw new ZhiceError("EMBEDDINGS_FAILED", `Embeddings endpoint ${endpoint} answered HTTP ${response.status}`);
    }
    const parsed = responseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success || parsed.data.data.length !== input.length) {
      throw new ZhiceError("EMBEDDINGS_FAILED", `Embeddings endpoint ${endpoint} returned an unexpected body`);
    }
    return [...parsed.data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < documents.length; start += this.options.batchSize) {
      const batch = documents.slice(start, start + this.options.batchSize);
      vectors.push(...(await this.caller.call(() => this.request(batch))));
    }
    return vectors;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.caller.call(() => this.request([document]));
    return vector!;
  }
}
