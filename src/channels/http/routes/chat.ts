import crypto from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { CHANNELS } from "../../../answer/index.js";
import type { AssistantProvider } from "../app.js";
import { validate } from "../validate.js";

const chatBody = z.object(
  {
    message: z
      .string({ error: "message 必须是文字。" })
      .trim()
      .min(1, "请输入您要咨询的问题。")
      .max(500, "问题太长了，请控制在500字以内。"),
    sessionId: z
      .string({ error: "sessionId 必须是文字。" })
      .regex(/^[A-Za-z0-9_-]{1,128}$/, "sessionId 只能包含字母、数字、下划线和连字符，最长128位。")
      .optional(),
    channel: z.enum(CHANNELS, { error: "channel 只能是 web、wechat、hotline 或 api。" }).default("api"),
  },
  { error: "请求体必须是一个 JSON 对象，并包含 message 字段。" },
);

/** POST /api/chat: one question in, one routed answer out. */
export function chatRoutes(getAssistant: AssistantProvider): Router {
  const router = Router();
  router.post("/api/chat", async (req, res) => {
    const body = validate(chatBody, req.body);
    const assistant = getAssistant();
    const sessionId = body.sessionId ?? crypto.randomUUID();
    const key = req.get("idempotency-key");
    const idempotencyKey = key && key.length <= 200 ? key : undefined;
    res.json(await assistant.answer({ message: body.message, sessionId, channel: body.channel, idempotencyKey }));
  });
  return router;
}
