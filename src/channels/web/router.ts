import fs from "node:fs";
import { Router, type RequestHandler } from "express";
import { widgetBundle } from "./bundle.js";
import { strictCsp } from "./csp.js";
import { sourceAsset } from "../../project-root.js";
import type { WidgetTexts } from "./widget-texts.js";

/** The endpoints the widget calls, possibly from another site's page. */
export const WIDGET_API_PATHS: readonly string[] = ["/api/chat", "/api/chat/stream", "/api/feedback", "/api/escalate"];
/** The widget's read-only calls: its session's tickets and one ticket (GET). */
const WIDGET_READ_PATHS = /^\/api\/(sessions\/[A-Za-z0-9_-]{1,128}\/tickets|tickets\/[A-Za-z0-9-]{1,64}|passage)$/;

/** A 知策 mark for browser tabs (served as /favicon.ico too, where browsers look without a <link>). */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b57a4"/><path d="M7 8h18a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H14l-6 5v-5H7a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" fill="#fff"/><path d="M11 13h10M11 17h7" stroke="#0b57a4" stroke-width="2" stroke-linecap="round"/></svg>`;

/** The demo host page: plain HTML that embeds the widget with its one script tag. */
const DEMO_PAGE = sourceAsset(import.meta.url, "./demo.html");

/** Scripts only from this server, no inline script: the widget must work under it. */
const DEMO_CSP = strictCsp("frame-ancestors 'self'");

/**
 * Lets pages call the widget's endpoints from their own site: any origin by default (CORS_ORIGINS=*),
 * so the one script tag works anywhere, or only the listed origins. Credentials (cookies) are
 * neither allowed nor needed: the session id travels in the body. Answers preflight requests
 * itself; every other path passes through untouched.
 */
export function widgetCors(origins: "*" | readonly string[] = "*"): RequestHandler {
  return (req, res, next) => {
    if (!WIDGET_API_PATHS.includes(req.path) && !WIDGET_READ_PATHS.test(req.path)) {
      next();
      return;
    }
    const origin = req.get("origin");
    if (origins === "*") res.setHeader("Access-Control-Allow-Origin", "*");
    else {
      res.vary("Origin");
      if (origin && origins.includes(origin)) res.setHeader("Access-Control-Allow-Origin", origin);
    }
    if (req.method !== "OPTIONS") {
      next();
      return;
    }
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type");
    res.setHeader("Access-Control-Max-Age", "600");
    res.status(204).end();
  };
}

/**
 * The web channel: GET / (demo page), GET /widget.js (the bundled widget) and CORS for the widget's
 * API calls. Mount it before the API routes so their responses carry the CORS header.
 * The widget is bundled once, here, so a broken widget fails at start-up, not at the first visitor.
 */
export function webRoutes(texts: WidgetTexts, options: { corsOrigins?: "*" | readonly string[]; streaming?: boolean } = {}): Router {
  const bundle = widgetBundle(texts, { streaming: options.streaming ?? false });
  const demo = fs.readFileSync(DEMO_PAGE, "utf8");
  const router = Router();
  router.use(widgetCors(options.corsOrigins));
  router.get("/", (_req, res) => {
    res.set({ "Cache-Control": "no-cache", "Content-Security-Policy": DEMO_CSP, "X-Content-Type-Options": "nosniff" });
    res.type("html").send(demo);
  });
  router.get("/widget.js", (_req, res) => {
    res.set({
      "Cache-Control": "public, max-age=300",
      ETag: bundle.etag,
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "cross-origin",
    });
    res.type("application/javascript").send(bundle.code);
  });
  router.get(["/favicon.ico", "/favicon.svg"], (_req, res) => {
    res.set({ "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" });
    res.type("image/svg+xml").send(FAVICON);
  });
  return router;
}
