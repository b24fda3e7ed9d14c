import fs from "node:fs";
import { Router, type RequestHandler } from "express";
import { widgetBundle } from "./bundle.js";
import { strictCsp } from "./csp.js";

/** The endpoints the widget calls, possibly from another site's page. */
export const WIDGET_API_PATHS: readonly string[] = ["/api/chat", "/api/feedback", "/api/escalate"];

/** The demo host page: plain HTML that embeds the widget with its one script tag. */
const DEMO_PAGE = new URL("./demo.html", import.meta.url);

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
    if (!WIDGET_API_PATHS.includes(req.path)) {
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
    res.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
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
export function webRoutes(options: { corsOrigins?: "*" | readonly string[] } = {}): Router {
  const bundle = widgetBundle();
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
  return router;
}
