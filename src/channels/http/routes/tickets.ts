import crypto from "node:crypto";
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
  /** false: record an unhelpful rating without opening a ticket (the person said no to 转人工). */
  handoff: z.boolean({ error: "handoff 必须是 true 或 false。" }).optional(),
  comment: z.string().trim().max(500, "补充说明请控制在500字以内。").optional(),
});

const handoffBody = z
  .object({
    // Optional: 转人工 before any question gets a server-issued session, returned in the reply.
    sessionId: sessionId.optional(),
    message: z.string({ error: "请写下您要咨询的问题。" }).trim().min(1, "请写下您要咨询的问题。").max(500, "问题太长了，请控制在500字以内。"),
    channel: z.enum(CHANNELS, { error: "channel 只能是 web、wechat、hotline 或 api。" }).default("web"),
    phone: z.string().trim().regex(/^[0-9+\- ]{5,20}$/, "联系电话格式不对，请只填数字。").optional().or(z.literal("").transform(() => undefined)),
    consent: z.boolean().optional(),
  })
  .refine((b) => !b.phone || b.consent === true, { message: "留下联系电话时，请勾选同意工作人员联系您。" });

const ticketQuery = z.object({ sessionId: sessionId.optional(), secret: z.string().max(64).optional() });

const idempotencyKey = (value: string | undefined) => (value && value.length <= 200 ? value : undefined);

/** Citizens' side of the feedback loop: rate an answer, ask for a person, read their ticket. */
export function ticketRoutes(getAssistant: AssistantProvider): Router {
  const router = Router();
  const service = () => createCitizenService(getAssistant());
  router.post("/api/feedback", async (req, res) => {
    const body = validate(feedbackBody, req.body);
    const { ticketId, secret } = await service().rate({ ...body, idempotencyKey: idempotencyKey(req.get("idempotency-key")) });
    res.json({ ok: true, ...(ticketId ? { ticketId, secret } : {}) });
  });
  router.post("/api/escalate", async (req, res) => {
    const { consent: _consent, ...body } = validate(handoffBody, req.body);
    const session = body.sessionId ?? crypto.randomUUID();
    res.json(await service().handoff({ ...body, sessionId: session, idempotencyKey: idempotencyKey(req.get("idempotency-key")) }));
  });
  router.get("/api/sessions/:sessionId/tickets", async (req, res) => {
    const id = validate(sessionId, req.params.sessionId);
    res.set("Cache-Control", "no-store");
    res.json(await service().sessionTickets(id));
  });
  router.get("/api/tickets/:id", async (req, res) => {
    const proof = validate(ticketQuery, req.query);
    res.json(await service().view(req.params.id!, { sessionId: proof.sessionId ?? req.get("x-session-id"), secret: proof.secret }));
  });
  return router;
}
