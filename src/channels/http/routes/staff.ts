import { Router } from "express";
import { z } from "zod";
import { TOPICS } from "../../../knowledge/index.js";
import type { TicketService } from "../../../staff/index.js";
import type { Provider } from "../app.js";
import { requireStaff, type StaffAccount } from "../staff-auth.js";
import { validate } from "../validate.js";

const listQuery = z.object({
  status: z.enum(["open", "claimed", "answered", "closed"], { error: "status 只能是 open、claimed、answered 或 closed。" }).optional(),
  topic: z.string().max(40).optional(),
  channel: z.string().max(20).optional(),
  minAgeHours: z.coerce.number({ error: "minAgeHours 必须是数字。" }).min(0).optional(),
  page: z.coerce.number({ error: "page 必须是正整数。" }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: "pageSize 必须是1到100之间的整数。" }).int().min(1).max(100).default(20),
});

const answerBody = z.object({
  answer: z.string({ error: "请填写答复内容。" }).trim().min(2, "请填写答复内容。").max(2000, "答复请控制在2000字以内。"),
  publishFaq: z
    .object({
      question: z.string().trim().min(2).max(200).optional(),
      phrasings: z.array(z.string().trim().min(2).max(200)).max(20).default([]),
      topic: z.enum(TOPICS, { error: `topic 只能是：${TOPICS.join("、")}。` }).optional(),
    })
    .optional(),
});

export interface StaffRouteOptions {
  accounts: readonly StaffAccount[];
}

/** /api/staff/…: the hotline staff's queue. Thin: validate, call the ticket service, reply. */
export function staffRoutes(service: Provider<TicketService>, options: StaffRouteOptions): Router {
  const router = Router();
  router.use("/api/staff", requireStaff(options.accounts));
  router.get("/api/staff/me", (_req, res) => void res.json({ name: res.locals.staff }));
  router.get("/api/staff/tickets", async (req, res) => {
    const { page, pageSize, ...filter } = validate(listQuery, req.query);
    const result = await service().list({ ...filter, limit: pageSize, offset: (page - 1) * pageSize }, res.locals.staff);
    res.json({ ...result, page, pageSize });
  });
  router.get("/api/staff/tickets/:id", async (req, res) => void res.json(await service().get(req.params.id!, res.locals.staff)));
  for (const action of ["claim", "close", "reopen"] as const) {
    router.post(`/api/staff/tickets/:id/${action}`, async (req, res) => void res.json(await service()[action](req.params.id!, res.locals.staff)));
  }
  router.post("/api/staff/tickets/:id/answer", async (req, res) => {
    const body = validate(answerBody, req.body);
    res.json(await service().answer(req.params.id!, res.locals.staff, body.answer, body.publishFaq));
  });
  router.get("/api/staff/stats", async (_req, res) => void res.json(await service().stats()));
  return router;
}
