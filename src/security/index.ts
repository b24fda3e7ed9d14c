export { loadSecret } from "./secrets.js";
export { createSessionIds, ephemeralSessionIds, type SessionIds } from "./session-ids.js";
export { createSealer, type Sealer } from "./sealed-text.js";
export { memoryRateLimitStore, sqlRateLimitStore, type RateLimitStore } from "./rate-limit-store.js";
export { createRateLimiter, parseLimits, DEFAULT_LIMITS, LIMITED, type Limit, type Limited, type RateLimiter } from "./rate-limits.js";
