import { Router } from "express";
import { z } from "zod";
import type { PassageReader } from "../../../app/ports.js";
import type { Provider } from "../app.js";
import { HttpError } from "../http-error.js";
import { validate } from "../validate.js";

const passageQuery = z.object({
  docId: z.string({ error: "缺少 docId。" }).min(1, "缺少 docId。").max(200),
  section: z.string({ error: "缺少 section。" }).min(1, "缺少 section。").max(200),
});

/**
 * GET /api/passage?docId=…&section=…: the whole text of one cited section, so a citation's short
 * snippet can be expanded in place, with the document's full name, 施行日期 and link.
 */
export function passageRoutes(passages: Provider<PassageReader>): Router {
  const router = Router();
  router.get("/api/passage", (req, res) => {
    const { docId, section } = validate(passageQuery, req.query);
    const passage = passages().find(docId, section);
    if (!passage) throw new HttpError(404, "not_found", "没有找到这一节政策原文。");
    res.set("Cache-Control", "public, max-age=300");
    res.json({
      docId,
      title: passage.title,
      section: passage.heading,
      body: passage.body,
      issuer: passage.issuer,
      effective: passage.effective,
      ...(passage.docNo ? { docNo: passage.docNo } : {}),
      ...(passage.source ? { source: passage.source } : {}),
      ...(passage.url ? { url: passage.url } : {}),
    });
  });
  return router;
}
