// A local OpenAI-compatible server for tests (not used at run time): POST /v1/chat/completions on loopback.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRequest {
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
}

/** What the stub answers a request with: the text (streamed in `chunks` pieces when asked) after `delayMs`. */
export interface StubReply {
  text: string;
  delayMs?: number;
  /** Pieces of a streamed reply (default: about 4), sent `chunkDelayMs` apart. */
  chunks?: number;
  chunkDelayMs?: number;
  /** Answer with this HTTP status and an error body instead. */
  status?: number;
}

export interface StubServer {
  /** http://127.0.0.1:port/v1 */
  baseUrl: string;
  requests: StubRequest[];
  /** Decides each reply; tests replace it. */
  reply: (request: StubRequest) => StubReply;
  close(): Promise<void>;
}

function split(text: string, pieces: number): string[] {
  const chars = [...text];
  const size = Math.max(1, Math.ceil(chars.length / pieces));
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += size) parts.push(chars.slice(i, i + size).join(""));
  return parts;
}

export async function startStubModel(): Promise<StubServer> {
  const stub: StubServer = {
    baseUrl: "",
    requests: [],
    reply: () => ({ text: "无法回答" }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body) as { model: string; stream?: boolean; messages: { role: string; content: string }[] };
      const request: StubRequest = { model: parsed.model, stream: parsed.stream === true, messages: parsed.messages };
      stub.requests.push(request);
      const reply = stub.reply(request);
      const timer = setTimeout(() => {
        if (res.destroyed) return;
        if (reply.status) {
          res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "stub failure" } }));
          return;
        }
        const base = { id: "chatcmpl-stub", created: Math.floor(Date.now() / 1000), model: request.model };
        if (!request.stream) {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: reply.text }, finish_reason: "stop" }] }));
          return;
        }
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        const event = (choice: object) => res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [choice] })}\n\n`);
        event({ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null });
        const pieces = split(reply.text, reply.chunks ?? 4);
        const next = () => {
          if (res.destroyed) return;
          const piece = pieces.shift();
          if (piece === undefined) {
            event({ index: 0, delta: {}, finish_reason: "stop" });
            res.end("data: [DONE]\n\n");
            return;
          }
          event({ index: 0, delta: { content: piece }, finish_reason: null });
          setTimeout(next, reply.chunkDelayMs ?? 0);
        };
        next();
      }, reply.delayMs ?? 0);
      res.on("close", () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return stub;
}

/** The user message of a request (the sections and the question, or the turns to condense). */
export const userText = (request: StubRequest) => request.messages.find((m) => m.role === "user")?.content ?? "";
export const systemText = (request: StubRequest) => request.messages.find((m) => m.role === "system")?.content ?? "";
