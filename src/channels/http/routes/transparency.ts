import { Router } from "express";
import { z } from "zod";
import { loadTransparencyTexts, renderTransparencyPage, type TransparencyReport, type TransparencyService } from "../../../transparency/index.js";
import { strictCsp } from "../../web/csp.js";
import type { Guards, Provider } from "../app.js";
import { rateLimit } from "../rate-limit.js";
import { HttpError } from "../http-error.js";
import { validate } from "../validate.js";

/** The figures are recomputed at most this often per period: the page is public and reads the whole period. */
const CACHE_MS = 5 * 60_000;
/** Periods kept at once; older ones are dropped first (any ?days= from 1 to 365 is accepted). */
const CACHE_PERIODS = 16;
const query = z.object({
  days: z.coerce.number({ error: "days 必须是1到365之间的整数。" }).int("days 必须是1到365之间的整数。").min(1, "days 必须是1到365之间的整数。").max(365, "days 必须是1到365之间的整数。").default(30),
  elder: z.enum(["1", "0"], { error: "elder 只能是 1 或 0。" }).optional(),
});

/**
 * GET /transparency (公开: the public page) and GET /api/transparency (the same figures as JSON). No
 * sign-in; TRANSPARENCY=off removes both (404). Thin: validate, call the use case (cached), render.
 */
export function transparencyRoutes(service: Provider<TransparencyService | null>, { limiter }: Guards, promptsDir: string): Router {
  const texts = loadTransparencyTexts(promptsDir); // a missing wording stops start-up
  const cache = new Map<number, { at: number; report: Promise<TransparencyReport> }>();
  const router = Router();

  async function report(days: number): Promise<TransparencyReport> {
    const transparency = service();
    if (!transparency) throw new HttpError(404, "not_found", "没有这个接口地址。");
    const hit = cache.get(days);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.report;
    const fresh = transparency.report(days);
    cache.delete(days);
    if (cache.size >= CACHE_PERIODS) cache.delete(cache.keys().next().value!);
    cache.set(days, { at: Date.now(), report: fresh });
    fresh.catch(() => cache.delete(days));
    return fresh;
  }

  // Public and uncached across periods: limited per address like search (generous, a whole office behind one address).
  const limited = rateLimit(limiter, "search");
  router.get("/api/transparency", limited, async (req, res) => {
    const { days } = validate(query, req.query);
    res.set("Cache-Control", "public, max-age=300").json(await report(days));
  });
  router.get("/transparency", limited, async (req, res) => {
    const { days, elder } = validate(query, req.query);
    const page = renderTransparencyPage(await report(days), texts, { elder: elder === "1" });
    res.set({ "Content-Security-Policy": strictCsp("form-action 'none'", "frame-ancestors 'none'"), "Cache-Control": "public, max-age=300" });
    res.type("html").send(page);
  });
  return router;
}
