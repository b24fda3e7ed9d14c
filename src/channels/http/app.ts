import compression from "compression";
import express from "express";
import type { Assistant } from "../../app/create-assistant.js";
import { errorHandler, notFound } from "./error-handler.js";
import { HttpError } from "./http-error.js";
import { chatRoutes } from "./routes/chat.js";
import { gapRoutes } from "./routes/gaps.js";
import { passageRoutes } from "./routes/passages.js";
import { searchRoutes } from "./routes/search.js";
import { staffRoutes } from "./routes/staff.js";
import { ticketRoutes } from "./routes/tickets.js";
import { transparencyRoutes } from "./routes/transparency.js";
import type { StaffAccount } from "./staff-auth.js";
import { securityHeaders } from "./security-headers.js";
import { createRateLimiter, ephemeralSessionIds, memoryRateLimitStore, type RateLimiter, type RateLimitStore, type SessionIds } from "../../security/index.js";
import type { Ticket } from "../../feedback/index.js";
import { webRoutes } from "../web/router.js";
import { loadWidgetTexts } from "../web/widget-texts.js";
import { staffConsoleRoutes } from "../staff-console/router.js";
import { wechatRoutes, type WechatConfig } from "../wechat/index.js";

/** Returns the assistant once the index is loaded; throws a 503 before that. */
export type AssistantProvider = () => Assistant;

export interface HttpAppOptions {
  /** null while the index is still loading. */
  assistant: () => Assistant | null;
  bodyLimit?: string;
  log?: (message: string) => void;
  /** Staff accounts for /api/staff (none: the staff API answers 503). */
  staffAccounts?: readonly StaffAccount[];
  onTicketAnswered?: (ticket: Ticket) => Promise<void>;
  /** Mounts the WeChat official-account endpoint (/wechat) when given. */
  wechat?: WechatConfig | null;
  /** Where prompts/replies.yaml is (the widget's wording); default ./prompts. */
  promptsDir?: string;
  /** Named in the widget's privacy notice; default 180. */
  retentionDays?: number;
  /** Issues and checks session ids; by default with a secret that lives as long as the process. */
  sessionIds?: SessionIds;
  /** Rate limits (server.ts builds them from RATE_LIMITS); none by default. */
  rateLimiter?: RateLimiter;
  /** Where WeChat nonces are remembered (the shared database with several instances). */
  nonceStore?: () => RateLimitStore;
  /** Express "trust proxy" (TRUST_PROXY): which hops may name the client address. */
  trustProxy?: boolean | number | string;
  /** Origins allowed to call the widget's endpoints (CORS_ORIGINS). */
  corsOrigins?: "*" | readonly string[];
  /** LLM_MODE=answer: the widget is built to read answers from POST /api/chat/stream. */
  streaming?: boolean;
}

/** The route-level pieces of security every router shares. */
export interface Guards {
  sessionIds: SessionIds;
  limiter: RateLimiter;
}

export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  app.use(securityHeaders);
  const guards: Guards = {
    sessionIds: options.sessionIds ?? ephemeralSessionIds(),
    limiter: options.rateLimiter ?? createRateLimiter(null, () => memoryRateLimitStore()),
  };
  // gzip (or deflate) for widget.js, the pages and the API; small bodies and XML for WeChat pass as they are.
  app.use(compression({ threshold: 1024 }));
  const getAssistant: AssistantProvider = () => {
    const assistant = options.assistant();
    if (!assistant) throw new HttpError(503, "not_ready", "政策知识库正在加载，请稍后再试。");
    return assistant;
  };
  if (options.wechat) {
    // Before the JSON parser: WeChat posts XML, which the router reads itself.
    app.use(
      wechatRoutes({
        config: options.wechat,
        assistant: options.assistant,
        sessionIds: guards.sessionIds,
        limiter: guards.limiter,
        ...(options.nonceStore ? { nonceStore: options.nonceStore } : {}),
        ...(options.log ? { log: options.log } : {}),
      }),
    );
  }
  app.use(express.json({ limit: options.bodyLimit ?? "16kb", strict: false }));
  app.get("/healthz", (_req, res) => {
    const assistant = options.assistant();
    if (!assistant) {
      res.status(503).json({ status: "loading" });
      return;
    }
    res.json({ status: "ok", documents: assistant.stats.documents, passages: assistant.stats.passages });
  });
  const texts = loadWidgetTexts(options.promptsDir ?? "prompts", options.retentionDays ?? 180);
  app.use(webRoutes(texts, { corsOrigins: options.corsOrigins ?? "*", streaming: options.streaming ?? false })); // demo page, /widget.js, favicon, CORS for the widget's API calls
  app.use(chatRoutes(getAssistant, guards));
  app.use(searchRoutes(getAssistant, guards));
  app.use(passageRoutes(getAssistant));
  app.use(ticketRoutes(getAssistant, guards));
  app.use(gapRoutes(getAssistant, options.staffAccounts ?? [])); // before /api/staff/…: the knowledge-gap report
  app.use(staffRoutes(getAssistant, { accounts: options.staffAccounts ?? [], onAnswered: options.onTicketAnswered }));
  app.use(transparencyRoutes(getAssistant, guards, options.promptsDir ?? "prompts")); // GET /transparency (公开) and /api/transparency
  app.use(staffConsoleRoutes()); // GET /staff (hotline staff console) and /staff/console.js
  app.use(notFound);
  app.use(errorHandler(options.log ?? ((m) => console.error(m))));
  return app;
}
