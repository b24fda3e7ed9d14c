import { Router } from "express";
import { z } from "zod";
import { maskPersonalData } from "../../../feedback/index.js";
import { TOPICS } from "../../../knowledge/index.js";
import type { GapService } from "../../../staff/index.js";
import type { Provider } from "../app.js";
import { HttpError } from "../http-error.js";
import { requireStaff, type StaffAccount } from "../staff-auth.js";
import { validate } from "../validate.js";

/** Longest report period: a year of questions is still read in one pass (MAX_TURNS caps it). */
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD。").refine((d) => !Number.isNaN(Date.parse(d)), "日期无效。");
const reportQuery = z.object({ from: day.optional(), to: day.optional() });

const text = z.string({ error: "问题须为文字。" }).trim().min(2, "问题至少2个字。").max(200, "问题请控制在200字以内。").transform(maskPersonalData);
const group = z.object({ question: text, phrasings: z.array(text).max(20).default([]) }, { error: "请提供问题组（group: {question, phrasings}）。" });
const faqBody = z.object({
  group,
  question: text.optional(),
  answer: z.string({ error: "请填写答复内容。" }).trim().min(2, "请填写答复内容。").max(2000, "答复请控制在2000字以内。"),
  topic: z.enum(TOPICS, { error: `topic 只能是：${TOPICS.join("、")}。` }),
});
const reviewBody = z.object({
  group,
  docId: z.string({ error: "请选择要复核的知识文档（docId）。" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "docId 格式不正确。"),
  section: z.string({ error: "section 须为文字。" }).trim().min(1).max(200, "section 过长。").optional(),
  note: z.string({ error: "备注须为文字。" }).trim().max(500, "备注请控制在500字以内。").transform(maskPersonalData).optional(),
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function period(query: unknown): { from: string; to: string } {
  const q = validate(reportQuery, query);
  const to = q.to ?? isoDay(new Date());
  const from = q.from ?? isoDay(new Date(Date.parse(to) - (DEFAULT_DAYS - 1) * 86_400_000));
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) throw new HttpError(400, "invalid_request", "开始日期不能晚于结束日期。");
  if (days > MAX_DAYS) throw new HttpError(400, "invalid_request", `统计区间最长 ${MAX_DAYS} 天。`);
  return { from, to };
}

/** /api/staff/gaps: the knowledge-gap report and the actions staff take on it. Thin: validate, call the use case, reply. */
export function gapRoutes(gaps: Provider<GapService>, accounts: readonly StaffAccount[]): Router {
  const router = Router();
  router.use("/api/staff/gaps", requireStaff(accounts));
  router.get("/api/staff/gaps", async (req, res) => {
    const { from, to } = period(req.query);
    res.json(await gaps().report(from, to));
  });
  router.post("/api/staff/gaps/faq", async (req, res) => {
    const body = validate(faqBody, req.body);
    res.json(await gaps().draftFaq(body.group, { answer: body.answer, topic: body.topic, ...(body.question ? { question: body.question } : {}) }, res.locals.staff));
  });
  router.post("/api/staff/gaps/review", async (req, res) => {
    const body = validate(reviewBody, req.body);
    const mark = { docId: body.docId, ...(body.section ? { section: body.section } : {}), ...(body.note ? { note: body.note } : {}) };
    res.json(await gaps().markForReview(body.group, mark, res.locals.staff));
  });
  return router;
}
