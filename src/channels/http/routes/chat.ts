import { Router, type Request } from "express";
import { z } from "zod";
import { CHANNELS, type ChatRequest } from "../../../answer/index.js";
import type { Answerer, Streamer } from "../../../app/ports.js";
import type { Guards, Provider } from "../app.js";
import { rateLimit } from "../rate-limit.js";
import { validate } from "../validate.js";
import { streamAnswer } from "./chat-stream.js";

const chatBody = z.object(
  {
    message: z
      .string({ error: "message 必须是文字。" })
      .trim()
      .min(1, "请输入您要咨询的问题。")
      .max(500, "问题太长了，请控制在500字以内。"),
    /** Only an id this server issued is kept; anything else starts a new session. */
    sessionId: z.unknown().optional(),
    channel: z.enum(CHANNELS, { error: "channel 只能是 web、wechat、hotline 或 api。" }).default("api"),
  },
  { error: "请求体必须是一个 JSON 对象，并包含 message 字段。" },
);

/**
 * POST /api/chat: one question in, one routed answer out. The session id is the server's: a
 * missing, unknown or forged one is replaced by a new one, returned in the answer's sessionId.
 * POST /api/chat/stream (LLM_MODE=answer only): the same, as server-sent events (chat-stream.ts).
 */
export function chatRoutes(answerer: Provider<Answerer>, streamer: Provider<Streamer>, { sessionIds, limiter }: Guards): Router {
  const router = Router();
  const issuedSession = (value: unknown) => (sessionIds.isIssued(value) ? value : undefined);
  const limit = rateLimit(limiter, "chat", (req) => issuedSession(req.body?.sessionId));
  const readRequest = (req: Request): ChatRequest => {
    const body = validate(chatBody, req.body);
    const known = issuedSession(body.sessionId);
    const sessionId = known ?? sessionIds.issue();
    const key = req.get("idempotency-key");
    // Scoped to the session, so another session's key can never return this session's ticket.
    const idempotencyKey = key && key.length <= 200 ? `${sessionId}:${key}` : undefined;
    return { message: body.message, sessionId, channel: body.channel, idempotencyKey, ...(known ? {} : { newSession: true }) };
  };
  router.post("/api/chat", limit, async (req, res) => {
    res.json(await answerer().answer(readRequest(req)));
  });
  router.post("/api/chat/stream", limit, async (req, res) => {
    await streamAnswer(streamer(), readRequest(req), req, res);
  });
  return router;
}
