import fs from "node:fs";
import { Router } from "express";
import { bundleBrowserScript, type WidgetBundle } from "../web/bundle.js";
import { strictCsp } from "../web/csp.js";
import { sourceAsset } from "../../project-root.js";

/** The console's browser entry point (TypeScript, bundled in memory with the widget's helper). */
export const CONSOLE_ENTRY = sourceAsset(import.meta.url, "./browser/main.ts");
const PAGE = sourceAsset(import.meta.url, "./page.html");

/** Scripts only from this server, nothing inline, no framing: the console handles personal data. */
export const CONSOLE_CSP = strictCsp("form-action 'none'", "frame-ancestors 'none'");

let cached: WidgetBundle | null = null;

/** The console's script, bundled once per process (a broken console fails at start-up). */
export function consoleBundle(): WidgetBundle {
  cached ??= bundleBrowserScript(CONSOLE_ENTRY, "/* 知策 staff console */");
  return cached;
}

const NO_STORE_HEADERS = {
  "Cache-Control": "no-cache",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * GET /staff (the 12345 hotline staff console page) and GET /staff/console.js (its script). The page
 * itself is public; everything it shows comes from /api/staff and /api/search with the staff token.
 */
export function staffConsoleRoutes(): Router {
  const bundle = consoleBundle();
  const page = fs.readFileSync(PAGE, "utf8");
  const router = Router();
  router.get("/staff", (_req, res) => {
    res.set({ ...NO_STORE_HEADERS, "Content-Security-Policy": CONSOLE_CSP, "X-Frame-Options": "DENY" });
    res.type("html").send(page);
  });
  router.get("/staff/console.js", (_req, res) => {
    res.set({ ...NO_STORE_HEADERS, ETag: bundle.etag });
    res.type("application/javascript").send(bundle.code);
  });
  return router;
}
