import { Router } from "express";
import { z } from "zod";
import type { AssistantProvider } from "../app.js";
import { validate } from "../validate.js";

const searchQuery = z.object({
  q: z.string({ error: "请用参数 q 提供检索内容。" }).trim().min(1, "请用参数 q 提供检索内容。").max(500, "检索内容太长了，请控制在500字以内。"),
  k: z.coerce.number({ error: "k 必须是1到20之间的整数。" }).int("k 必须是1到20之间的整数。").min(1, "k 必须是1到20之间的整数。").max(20, "k 必须是1到20之间的整数。").default(5),
});

/** GET /api/search: the top passages for hotline staff, without routing or composition. */
export function searchRoutes(getAssistant: AssistantProvider): Router {
  const router = Router();
  router.get("/api/search", async (req, res) => {
    const { q, k } = validate(searchQuery, req.query);
    const assistant = getAssistant();
    const candidates = await assistant.retriever.search(assistant.prepare(q), k);
    res.json({
      results: candidates.map((c) => ({
        docId: c.passage.docId,
        title: c.passage.title,
        section: c.passage.heading,
        topic: c.passage.topic,
        score: Math.round(c.score * 1000) / 1000,
        snippet: c.passage.body,
      })),
    });
  });
  return router;
}
