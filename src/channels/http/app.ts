import compression from "compression";
import express from "express";
import type { Assistant } from "../../app/create-assistant.js";
import { createPorts, type AppPorts, type PortOptions } from "../../app/ports.js";
import { createMetrics, type Metrics } from "../../ops/metrics.js";
import { requestContext, routeLabel } from "../../ops/request-context.js";
import { silentLogger, type Logger } from "../../ops/logger.js";
import type { Drain } from "../../ops/drain.js";
import { healthRoutes } from "./routes/health.js";
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

/** Returns a port once the assistant is ready; throws a 503 (with Retry-After) before that. */
export type Provider<T> = () => T;

/** Seconds a client is asked to wait while the knowledge loads. */
const LOADING_RETRY_SECONDS = 5;

export interface HttpAppOptions {
  /** The narrow ports the routes use, null while the index is still loading (server.ts builds them once). */
  ports?: () => AppPorts | null;
  /** Or the whole assistant (tests, CLI): the app builds the ports from it once. */
  assistant?: () => Assistant | null;
  bodyLimit?: string;
  /** The structured logger (pino); silent by default. */
  logger?: Logger;
  /** Prometheus metrics; the app makes its own when not given. */
  metrics?: Metrics;
  /** Bearer token for GET /metrics; without it only direct loopback requests may read it. */
  metricsToken?: string;
  /** In-flight tracking for graceful shutdown; /readyz answers 503 while draining. */
  drain?: Drain;
  /** Staff accounts for /api/staff (none: the staff API answers 503). */
  staffAccounts?: readonly StaffAccount[];
  /** With `assistant`: called after a ticket is answered (server.ts passes it to createPorts itself). */
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

/** Ports built once per assistant (tests hand the app an assistant, not ports). */
function portsFromAssistant(assistant: () => Assistant | null, options: Omit<PortOptions, "announceFaq">): () => AppPorts | null {
  let built: { from: Assistant; ports: AppPorts } | null = null;
  return () => {
    const current = assistant();
    if (!current) return null;
    if (built?.from !== current) built = { from: current, ports: createPorts(current, options) };
    return built.ports;
  };
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
  const logger = options.logger ?? silentLogger;
  let ports: () => AppPorts | null = () => null;
  const metrics =
    options.metrics ??
    createMetrics({ queueDepth: async () => (await ports()?.queueDepth()) ?? null, indexSections: () => ports()?.indexSections() ?? null });
  ports = options.ports ?? portsFromAssistant(options.assistant ?? (() => null), { metrics, log: logger, onAnswered: options.onTicketAnswered });
  app.use(requestContext(logger, (req, res, seconds) => metrics.observeRequest(routeLabel(req, res), req.method, res.statusCode, seconds)));
  if (options.drain) app.use(options.drain.track);
  app.use(securityHeaders);
  const guards: Guards = {
    sessionIds: options.sessionIds ?? ephemeralSessionIds(),
    limiter: options.rateLimiter ?? createRateLimiter(null, () => memoryRateLimitStore()),
  };
  // gzip (or deflate) for widget.js, the pages and the API; small bodies and XML for WeChat pass as they are. So does a
  // chat answer: about 1.5 kB, each one new, and a compression stream per answer (about 0.1 ms of CPU and a zlib
  // state) would cost the server more than the 0.7 kB it saves the client.
  app.use(compression({ threshold: 1024, filter: (req, res) => !(req.method === "POST" && req.path === "/api/chat") && compression.filter(req, res) }));
  const ready = (): AppPorts => {
    const current = ports();
    if (!current) throw new HttpError(503, "not_ready", "政策知识库正在加载，请稍后再试。", LOADING_RETRY_SECONDS);
    return current;
  };
  app.use(healthRoutes({ ports, drain: options.drain, metrics, metricsToken: options.metricsToken }));
  if (options.wechat) {
    // Before the JSON parser: WeChat posts XML, which the router reads itself.
    app.use(
      wechatRoutes({
        config: options.wechat,
        assistant: () => {
          const current = ports();
          // ticketLookup's fields answer 查询 + 工单号 (see wechat/ticket-query.ts).
          return current && { answer: current.answerer.answer, replies: current.replies, ...current.ticketLookup };
        },
        sessionIds: guards.sessionIds,
        limiter: guards.limiter,
        ...(options.nonceStore ? { nonceStore: options.nonceStore } : {}),
        log: (message) => logger.error(message),
      }),
    );
  }
  app.use(express.json({ limit: options.bodyLimit ?? "16kb", strict: false }));
  const texts = loadWidgetTexts(options.promptsDir ?? "prompts", options.retentionDays ?? 180);
  app.use(webRoutes(texts, { corsOrigins: options.corsOrigins ?? "*", streaming: options.streaming ?? false })); // demo page, /widget.js, favicon, CORS for the widget's API calls
  app.use(chatRoutes(() => ready().answerer, () => ready().streamer, guards));
  app.use(searchRoutes(() => ready().search, guards));
  app.use(passageRoutes(() => ready().passages));
  app.use(ticketRoutes(() => ready().citizens, guards));
  app.use(gapRoutes(() => ready().gaps, options.staffAccounts ?? [])); // before /api/staff/…: the knowledge-gap report
  app.use(staffRoutes(() => ready().staff, { accounts: options.staffAccounts ?? [] }));
  app.use(transparencyRoutes(() => ready().transparency, guards, options.promptsDir ?? "prompts")); // GET /transparency (公开) and /api/transparency
  app.use(staffConsoleRoutes()); // GET /staff (hotline staff console) and /staff/console.js
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
