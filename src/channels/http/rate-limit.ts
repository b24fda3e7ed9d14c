import type { Request, RequestHandler } from "express";
import type { Limited, RateLimiter } from "../../security/index.js";
import { HttpError } from "./http-error.js";

export const RATE_LIMITED_MESSAGE = "您的操作太频繁了，请稍后再试。着急的话可以拨打12345政务服务便民热线。";

/**
 * Counts the request against `name`'s limits for the client address (from the trusted proxy
 * only, see TRUST_PROXY) and the session; past a limit, 429 with Retry-After.
 */
export function rateLimit(limiter: RateLimiter, name: Limited, session?: (req: Request) => string | undefined): RequestHandler {
  return async (req, _res, next) => {
    const wait = await limiter.check(name, { address: req.ip ?? req.socket.remoteAddress ?? "unknown", session: session?.(req) });
    if (wait !== null) throw new HttpError(429, "rate_limited", RATE_LIMITED_MESSAGE, wait);
    next();
  };
}
