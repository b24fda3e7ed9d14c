import crypto from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { Logger } from "./logger.js";

const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The route a request matched ("/api/tickets/:id"), never the raw path: bounded label values. */
export function routeLabel(req: Request, res: Response): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path === "string") return `${req.baseUrl}${route.path}`;
  return res.statusCode === 404 ? "unmatched" : "other";
}

/** The request's own logger (with its request id), set by requestContext. */
export function requestLog(res: Response): Logger | undefined {
  return res.locals.log as Logger | undefined;
}

/**
 * Gives each request an id (the caller's X-Request-Id when it looks like one, else a new UUID),
 * echoes it, hangs a child logger with it on res.locals.log, and logs one line when it ends.
 */
export function requestContext(logger: Logger, onFinished?: (req: Request, res: Response, seconds: number) => void): RequestHandler {
  return (req, res, next) => {
    const given = req.get("x-request-id");
    const id = given && ACCEPTED_ID.test(given) ? given : crypto.randomUUID();
    res.setHeader("X-Request-Id", id);
    res.locals.requestId = id;
    res.locals.log = logger.child({ reqId: id });
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      onFinished?.(req, res, seconds);
      const line = { method: req.method, route: routeLabel(req, res), status: res.statusCode, ms: Math.round(seconds * 1000) };
      // 503 is the expected answer while loading or draining, not a failure worth a warning.
      if (res.statusCode >= 500 && res.statusCode !== 503) requestLog(res)?.warn(line, "request failed");
      else requestLog(res)?.info(line, "request");
    });
    next();
  };
}
