import { Router } from "express";
import { z } from "zod";
import { CHANNELS } from "../../../answer/index.js";
import { createCitizenService } from "../../../staff/index.js";
import type { AssistantProvider } from "../app.js";
import { validate } from "../validate.js";

const sessionId = z
  .string({ error: "缺少 sessionId。" })
  .regex(/^[A-Za-z0-9_-]{1,128}$/, "sessionId 只能包含字母、数字、下划线和连字符，最长128位。");

const feedbackBody = z.object({
  sessionId,
  answerId: z.string({ error: "缺少 answerId。" }).min(1).max(64),
  helpful: z.boolean({ error: "helpful 必须是 true 或 false。" }),
  comment: z.string().trim().max(500, "补充说明请控制在500字以内。").optional(),
});

const handoffBody = z.object({
  sessionId,
  message: z.string({ error: "请写下您要咨询的问题。" }).trim().min(1, "请写下您要咨询的问题。").max(500, "问题太长了，请控制在500字以内。"),
  channel: z.enum(CHANNELS, { error: "channel 只能是 web、wechat、hotline 或 api。" }).default("web"),
});

const ticketQuery = z.object({ sessionId: sessionId.optional(), secret: z.string().max(64).optional() });

const idempotencyKey = (value: string | undefined) => (value && value.length <= 200 ? value : undefined);

/** Citizens' side of the feedback loop: rate an answer, ask for a person, read their ticket. */
export function ticketRoutes(getAssistant: AssistantProvider): Router {
  const router = Router();
  const service = () => createCitizenService(getAssistant());
  router.post("/api/feedback", async (req, res) => {
    const body = validate(feedbackBody, req.body);
    const { ticketId } = await service().rate({ ...body, idempotencyKey: idempotencyKey(req.get("idempotency-key")) });
    res.json({ ok: true, ...(ticketId ? { ticketId } : {}) });
  });
  router.post("/api/escalate", async (req, res) => {
    const body = validate(handoffBody, req.body);
    res.json(await service().handoff({ ...body, idempotencyKey: idempotencyKey(req.get("idempotency-key")) }));
  });
  router.get("/api/tickets/:id", async (req, res) => {
    const proof = validate(ticketQuery, req.query);
    res.json(await service().view(req.params.id!, { sessionId: proof.sessionId ?? req.get("x-session-id"), secret: proof.secret }));
  });
  return router;
}
