import { Router } from "express";
import { z } from "zod";
import { CHANNELS } from "../../../answer/index.js";
import type { CitizenService } from "../../../staff/index.js";
import type { Guards, Provider } from "../app.js";
import { HttpError } from "../http-error.js";
import { rateLimit } from "../rate-limit.js";
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
    /** Optional: without an issued one the ticket starts a new session (returned as sessionId). */
    sessionId: z.unknown().optional(),
    message: z.string({ error: "请写下您要咨询的问题。" }).trim().min(1, "请写下您要咨询的问题。").max(500, "问题太长了，请控制在500字以内。"),
    channel: z.enum(CHANNELS, { error: "channel 只能是 web、wechat、hotline 或 api。" }).default("web"),
    phone: z.string().trim().regex(/^[0-9+\- ]{5,20}$/, "联系电话格式不对，请只填数字。").optional().or(z.literal("").transform(() => undefined)),
    consent: z.boolean().optional(),
  })
  .refine((b) => !b.phone || b.consent === true, { message: "留下联系电话时，请勾选同意工作人员联系您。" });

const ticketQuery = z.object({ sessionId: z.string().max(128).optional(), secret: z.string().max(64).optional() });

/** A client's Idempotency-Key, scoped to its session: another session's key never finds this ticket. */
const idempotencyKey = (value: string | undefined, session: string) => (value && value.length <= 200 ? `${session}:${value}` : undefined);

/**
 * Citizens' side of the feedback loop: rate an answer, ask for a person, read their ticket. Only
 * session ids the server issued count; ticket look-ups are limited per address and per ticket
 * number, so a ticket's secret cannot be guessed by trying.
 */
export function ticketRoutes(service: Provider<CitizenService>, { sessionIds, limiter }: Guards): Router {
  const router = Router();
  const issuedSession = (value: unknown) => (sessionIds.isIssued(value) ? value : undefined);
  const bodySession = (req: { body?: { sessionId?: unknown } }) => issuedSession(req.body?.sessionId);
  router.post("/api/feedback", rateLimit(limiter, "feedback", bodySession), async (req, res) => {
    const body = validate(feedbackBody, req.body);
    if (!sessionIds.isIssued(body.sessionId)) throw new HttpError(400, "invalid_request", "会话已失效，请刷新页面后重新提问。");
    const { ticketId, secret } = await service().rate({ ...body, idempotencyKey: idempotencyKey(req.get("idempotency-key"), body.sessionId) });
    res.json({ ok: true, ...(ticketId ? { ticketId, secret } : {}) });
  });
  router.post("/api/escalate", rateLimit(limiter, "escalate", bodySession), async (req, res) => {
    const { consent: _consent, ...body } = validate(handoffBody, req.body);
    const session = issuedSession(body.sessionId) ?? sessionIds.issue();
    const handoff = await service().handoff({ ...body, sessionId: session, idempotencyKey: idempotencyKey(req.get("idempotency-key"), session) });
    res.json({ ...handoff, sessionId: session });
  });
  // A session's own tickets (the widget shows staff answers on open and reload): only for an issued session id.
  router.get("/api/sessions/:sessionId/tickets", rateLimit(limiter, "lookup"), async (req, res) => {
    const id = validate(sessionId, req.params.sessionId);
    if (!sessionIds.isIssued(id)) throw new HttpError(404, "not_found", "没有找到这个会话的工单。");
    res.set("Cache-Control", "no-store");
    res.json(await service().sessionTickets(id));
  });
  router.get("/api/tickets/:id", rateLimit(limiter, "lookup", (req) => String(req.params.id).slice(0, 64)), async (req, res) => {
    const proof = validate(ticketQuery, req.query);
    const session = issuedSession(proof.sessionId ?? req.get("x-session-id"));
    res.json(await service().view(String(req.params.id), { sessionId: session, secret: proof.secret }));
  });
  return router;
}
