import crypto from "node:crypto";
import type { RateLimitStore } from "../../security/index.js";

/**
 * Rejects replayed posts. Plain mode signs only the URL (timestamp and nonce), so a captured URL
 * could carry any body: a timestamp further than maxSkewSeconds from the clock is refused, and so
 * is a URL seen within that window with another body. WeChat's own retries repeat URL and body
 * together and pass (the message deduplication then joins them to the first try).
 */
export function createReplayGuard(options: { maxSkewSeconds: number; store: () => RateLimitStore; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windowMs = 2 * options.maxSkewSeconds * 1000; // a timestamp accepted now stays acceptable this long
  return async function fresh(timestamp: string, nonce: string, body: string): Promise<boolean> {
    if (!/^\d{1,12}$/.test(timestamp) || !nonce || nonce.length > 64) return false;
    if (Math.abs(now() / 1000 - Number(timestamp)) > options.maxSkewSeconds) return false;
    const urlKey = `wechat-nonce:${timestamp}:${nonce}`;
    const bodyKey = `${urlKey}:${crypto.createHash("sha256").update(body).digest("base64url")}`;
    const url = await options.store().hit(urlKey, windowMs);
    const sameBody = await options.store().hit(bodyKey, windowMs);
    return url.hits === sameBody.hits;
  };
}
