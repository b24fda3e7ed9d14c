import { Router } from "express";
import { z } from "zod";
import type { SearchService } from "../../../app/ports.js";
import type { Guards, Provider } from "../app.js";
import { rateLimit } from "../rate-limit.js";
import { validate } from "../validate.js";
import { sourceLine } from "../../../answer/citation.js";

const searchQuery = z.object({
  q: z.string({ error: "请用参数 q 提供检索内容。" }).trim().min(1, "请用参数 q 提供检索内容。").max(500, "检索内容太长了，请控制在500字以内。"),
  k: z.coerce.number({ error: "k 必须是1到20之间的整数。" }).int("k 必须是1到20之间的整数。").min(1, "k 必须是1到20之间的整数。").max(20, "k 必须是1到20之间的整数。").default(5),
});

/** GET /api/search: the top passages for hotline staff, without routing or composition. */
export function searchRoutes(search: Provider<SearchService>, { limiter }: Guards): Router {
  const router = Router();
  router.get("/api/search", rateLimit(limiter, "search"), async (req, res) => {
    const { q, k } = validate(searchQuery, req.query);
    const { terms, results } = await search().search(q, k);
    res.json({
      terms,
      results: results.map(({ passage, score }) => ({
        docId: passage.docId,
        title: passage.title,
        section: passage.heading,
        topic: passage.topic,
        score: Math.round(score * 1000) / 1000,
        snippet: passage.body,
        issuer: passage.issuer,
        ...(passage.docNo ? { docNo: passage.docNo } : {}),
        ...(passage.source ? { source: passage.source } : {}),
        ...(passage.url ? { url: passage.url } : {}),
        ...(passage.basis ? { basis: passage.basis } : {}),
        effective: passage.effective,
        ...(passage.expires ? { expires: passage.expires } : {}),
        status: passage.status,
        sourceLine: sourceLine(passage),
      })),
    });
  });
  return router;
}
