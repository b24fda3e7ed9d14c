import crypto from "node:crypto";
import { Router, type Request } from "express";
import type { AppPorts } from "../../../app/ports.js";
import type { Drain } from "../../../ops/drain.js";
import type { Metrics } from "../../../ops/metrics.js";

export interface HealthOptions {
  ports: () => AppPorts | null;
  drain?: Drain;
  metrics: Metrics;
  /** METRICS_TOKEN; unset = /metrics only for direct loopback requests. */
  metricsToken?: string;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [crypto.createHash("sha256").update(given).digest(), crypto.createHash("sha256").update(expected).digest()];
  return crypto.timingSafeEqual(a, b);
}

/**
 * With a token: exactly `Authorization: Bearer <token>`. Without one: only a request made on this
 * host and not relayed by a proxy (a local nginx would otherwise make every visitor "loopback").
 */
function mayReadMetrics(req: Request, token: string | undefined): boolean {
  if (token) {
    const header = req.get("authorization") ?? "";
    return header.startsWith("Bearer ") && sameToken(header.slice(7), token);
  }
  const relayed = req.get("x-forwarded-for") !== undefined || req.get("forwarded") !== undefined || req.get("x-real-ip") !== undefined;
  return LOOPBACK.has(req.socket.remoteAddress ?? "") && !relayed;
}

/**
 * GET /healthz (liveness: 503 loading until the assistant is ready, then 200), GET /readyz (may it
 * get traffic: 503 while loading and while draining on shutdown), GET /metrics (Prometheus).
 */
export function healthRoutes({ ports, drain, metrics, metricsToken }: HealthOptions): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store");
    const ready = ports();
    if (!ready) return void res.status(503).json({ status: "loading" });
    res.json({ status: "ok", passages: ready.indexSections() });
  });
  router.get("/readyz", (_req, res) => {
    res.set("Cache-Control", "no-store");
    if (!ports()) return void res.status(503).json({ status: "loading" });
    if (drain?.isDraining()) return void res.status(503).json({ status: "draining" });
    res.json({ status: "ready" });
  });
  router.get("/metrics", async (req, res) => {
    if (!mayReadMetrics(req, metricsToken)) {
      res.status(metricsToken ? 401 : 403).json({ error: { code: "unauthorized", message: "无权访问监控指标。" } });
      return;
    }
    res.set("Content-Type", metrics.registry.contentType);
    res.send(await metrics.scrape());
  });
  return router;
}
