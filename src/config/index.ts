import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { ZhiceError } from "../errors.js";
import { parseLimits } from "../security/rate-limits.js";
import { PROJECT_ROOT } from "../project-root.js";

/** Default folders are the project's own (also when the compiled server runs from dist/); set ones are relative to the working directory. */
const inProject = (folder: string) => path.join(PROJECT_ROOT, folder);

const number = (fallback: number) => z.coerce.number().finite().default(fallback);
const share = (fallback: number) => z.coerce.number().min(0).max(1).default(fallback);

/** The only place that reads process.env. Every variable, its default and its limits. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default(inProject("data")),
  KNOWLEDGE_DIR: z.string().min(1).default(inProject("knowledge")),
  /** Knowledge folders, comma-separated: the national base first, then local layers (a city's folder). Replaces KNOWLEDGE_DIR. */
  KNOWLEDGE_DIRS: z.string().regex(/^[^,]+(,[^,]+)*$/, "must be folders separated by commas").optional(),
  /** The lexicon folder (userdict/, colloquial/, stopwords.txt, routing.yaml); default: lexicon/ in the first knowledge folder. */
  LEXICON_DIR: z.string().min(1).optional(),
  /**
   * Official texts imported with `npm run import` (laws, regulations) that curated answers quote and cite as their 依据:
   * default official/ in the first knowledge folder; `off` for none. They answer nothing themselves unless the folder
   * is also one of KNOWLEDGE_DIRS.
   */
  OFFICIAL_DIR: z.string().min(1).optional(),
  /** The deployment's region (示范市): its local documents replace the national ones they override. */
  LOCALE: z.string().min(2).optional(),
  PROMPTS_DIR: z.string().min(1).default(inProject("prompts")),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** local = TF-IDF hashed vectors learned from the corpus (offline); openai = remote /v1/embeddings. */
  EMBEDDINGS_PROVIDER: z.enum(["local", "openai"]).default("local"),
  EMBEDDINGS_DIMENSIONS: z.coerce.number().int().min(64).max(8192).default(1024),
  EMBEDDINGS_URL: z.string().url().optional(),
  EMBEDDINGS_MODEL: z.string().min(1).default("bge-m3"),
  EMBEDDINGS_API_KEY: z.string().optional(),
  EMBEDDINGS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  /**
   * knowledge = jieba loads the words the knowledge uses and the common ones (a ninth of its dictionary: a restart
   * loads it in a fifth of the time), full = its whole dictionary (a question's rare words cut as jieba cuts them).
   */
  JIEBA_DICTIONARY: z.enum(["knowledge", "full"]).default("knowledge"),
  /** auto = exact search while the index holds fewer than 50,000 vectors (faster there, and exact), HNSW above; hnsw = always HNSW. */
  VECTOR_SEARCH: z.enum(["auto", "hnsw"]).default("auto"),
  /** Routing thresholds, calibrated on evals/ (see README). */
  ANSWER_MIN_CONFIDENCE: share(0.42),
  DOMAIN_MIN_CONFIDENCE: share(0.72),
  /**
   * A runner-up section of the same document within this score of the best is answered alongside it.
   * Set so that about 7% of answers cite two sections (the reranker's score spread sets the scale).
   */
  ANSWER_COMPANION_MARGIN: share(0.3),
  ANSWER_MAX_CHARS: number(300),
  /** WeChat official account (公众号); the /wechat endpoint is enabled when WECHAT_TOKEN is set. */
  WECHAT_TOKEN: z.string().min(3).max(32).optional(),
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_AES_KEY: z.string().length(43, "must be the 43-character EncodingAESKey").optional(),
  WECHAT_PREVIOUS_AES_KEY: z.string().length(43, "must be the 43-character EncodingAESKey").optional(),
  WECHAT_APPSECRET: z.string().min(1).optional(),
  WECHAT_API_BASE: z.string().url().default("https://api.weixin.qq.com"),
  WECHAT_REPLY_DEADLINE_MS: z.coerce.number().int().min(500).max(4800).default(4000),
  /** postgres://… to share the ticket queue between instances; SQLite under DATA_DIR otherwise. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres://").optional(),
  /** Staff accounts: comma-separated name:token pairs (Authorization: Bearer <token>). */
  STAFF_TOKENS: z
    .string()
    .regex(/^\s*[^:,\s]+:[^:,\s]{16,}\s*(,\s*[^:,\s]+:[^:,\s]{16,}\s*)*$/, "must be name:token pairs separated by commas, tokens at least 16 characters")
    .optional(),
  /** Personal data of closed tickets is deleted after this many days. */
  TICKET_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, "like 16kb").default("16kb"),
  /** Signs session ids (web) and derives them from OpenIDs (WeChat); generated into DATA_DIR when unset. */
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Encrypts the original question on tickets; generated into DATA_DIR when unset. */
  DATA_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** on (defaults), off (benchmarks, load tests), or overrides such as chat=60/20,escalate=10/3 (per minute: address/session). */
  RATE_LIMITS: z
    .string()
    .regex(/^(on|off|(\w+=\d+(\/\d+)?)(,\w+=\d+(\/\d+)?)*)$/, "must be on, off, or name=perAddress/perSession pairs like chat=60/20")
    .default("on"),
  /** Tickets one session (or WeChat follower) may file in 24 hours. */
  TICKETS_PER_DAY: z.coerce.number().int().min(1).max(1000).default(5),
  /** Express "trust proxy": the load balancer's address(es) or hop count; unset = use the socket address. */
  TRUST_PROXY: z.string().min(1).optional(),
  /** Origins allowed to call the widget's endpoints: * (default) or a comma-separated list of https://… origins. */
  CORS_ORIGINS: z.string().regex(/^(\*|https?:\/\/[^,\s]+(,\s*https?:\/\/[^,\s]+)*)$/, "must be * or comma-separated origins like https://www.example.gov.cn").default("*"),
  /** The public transparency page (GET /transparency, /api/transparency): on (default) or off. */
  TRANSPARENCY: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  /**
   * A question appears on the public page only when this many distinct sessions asked it. At least 3:
   * fewer would let one person's question (and whoever can guess who asked it) be shown publicly.
   */
  TRANSPARENCY_MIN_SESSIONS: z.coerce.number().int().min(3, "must be at least 3").max(1000).default(5),
  /** WeChat posts whose timestamp is further than this from the server clock are rejected (replays). */
  WECHAT_MAX_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  /** Optional language model (OpenAI-compatible /v1/chat/completions: vLLM, Ollama…): off, condense follow-ups, or condense and answer. */
  LLM_MODE: z.enum(["off", "condense", "answer"]).default("off"),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  /** After this the model's reply is abandoned and the extractive answer (or the frame-based follow-up) is used. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3500),
  /** Server processes (node:cluster workers); default one per core, 1 = no cluster. */
  WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /** Bearer token for GET /metrics; unset = only requests from this host, not relayed by a proxy. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** On SIGTERM, requests in flight get this long to finish before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Config = ReturnType<typeof toConfig>;

function parseStaffTokens(value: string | undefined): { name: string; token: string }[] {
  if (!value) return [];
  return value.split(",").map((pair) => {
    const [name, token] = pair.trim().split(":");
    return { name: name!, token: token! };
  });
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The quoted official texts' folder, or null: turned off, or already a knowledge layer (then its articles answer too). */
function officialDir(setting: string | undefined, knowledgeDirs: readonly string[]): string | null {
  if (setting === "off") return null;
  const dir = path.resolve(setting ?? path.join(knowledgeDirs[0]!, "official"));
  return knowledgeDirs.includes(dir) ? null : dir;
}

function toConfig(env: z.infer<typeof envSchema>) {
  const knowledgeDirs = (env.KNOWLEDGE_DIRS ?? env.KNOWLEDGE_DIR).split(",").map((dir) => path.resolve(dir.trim()));
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    /** The first (national) knowledge folder: published FAQ entries are written here. */
    knowledgeDir: knowledgeDirs[0]!,
    knowledgeDirs,
    lexiconDir: path.resolve(env.LEXICON_DIR ?? path.join(knowledgeDirs[0]!, "lexicon")),
    officialDir: officialDir(env.OFFICIAL_DIR, knowledgeDirs),
    locale: env.LOCALE,
    promptsDir: path.resolve(env.PROMPTS_DIR),
    logLevel: env.LOG_LEVEL,
    workers: env.WORKERS ?? os.availableParallelism(),
    metricsToken: env.METRICS_TOKEN,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    bodyLimit: env.BODY_LIMIT,
    embeddings: {
      provider: env.EMBEDDINGS_PROVIDER,
      dimensions: env.EMBEDDINGS_DIMENSIONS,
      url: env.EMBEDDINGS_URL,
      model: env.EMBEDDINGS_MODEL,
      apiKey: env.EMBEDDINGS_API_KEY,
      timeoutMs: env.EMBEDDINGS_TIMEOUT_MS,
    },
    jiebaDictionary: env.JIEBA_DICTIONARY,
    vectorSearch: env.VECTOR_SEARCH,
    databaseUrl: env.DATABASE_URL,
    staffTokens: parseStaffTokens(env.STAFF_TOKENS),
    ticketRetentionDays: env.TICKET_RETENTION_DAYS,
    security: {
      sessionSecret: env.SESSION_SECRET,
      dataEncryptionKey: env.DATA_ENCRYPTION_KEY,
      /** Per-minute limits by endpoint; null = RATE_LIMITS=off. */
      rateLimits: parseLimits(env.RATE_LIMITS),
      ticketsPerDay: env.RATE_LIMITS === "off" ? null : env.TICKETS_PER_DAY,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      corsOrigins: env.CORS_ORIGINS === "*" ? ("*" as const) : env.CORS_ORIGINS.split(",").map((o) => o.trim().replace(/\/$/, "")),
    },
    wechat: env.WECHAT_TOKEN
      ? {
          token: env.WECHAT_TOKEN,
          appId: env.WECHAT_APPID,
          aesKey: env.WECHAT_AES_KEY,
          previousAesKey: env.WECHAT_PREVIOUS_AES_KEY,
          appSecret: env.WECHAT_APPSECRET,
          apiBase: env.WECHAT_API_BASE,
          replyDeadlineMs: env.WECHAT_REPLY_DEADLINE_MS,
          maxClockSkewSeconds: env.WECHAT_MAX_CLOCK_SKEW_SECONDS,
        }
      : null,
    llm:
      env.LLM_MODE === "off"
        ? null
        : {
            mode: env.LLM_MODE,
            baseUrl: env.LLM_BASE_URL!,
            model: env.LLM_MODEL!,
            apiKey: env.LLM_API_KEY,
            timeoutMs: env.LLM_TIMEOUT_MS,
          },
    transparency: { enabled: env.TRANSPARENCY === "on", minSessions: env.TRANSPARENCY_MIN_SESSIONS },
    routing: {
      answerMinConfidence: env.ANSWER_MIN_CONFIDENCE,
      domainMinConfidence: env.DOMAIN_MIN_CONFIDENCE,
      companionMargin: env.ANSWER_COMPANION_MARGIN,
      answerMaxChars: env.ANSWER_MAX_CHARS,
    },
  };
}

/** Validates the environment once; a bad value stops start-up naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ZhiceError("CONFIG_INVALID", `Invalid configuration — ${problems.join("; ")}`);
  }
  if (parsed.data.WECHAT_AES_KEY && !parsed.data.WECHAT_APPID) {
    throw new ZhiceError("CONFIG_INVALID", "Invalid configuration — WECHAT_APPID: required when WECHAT_AES_KEY is set (safe mode)");
  }
  if (parsed.data.EMBEDDINGS_PROVIDER === "openai" && !parsed.data.EMBEDDINGS_URL) {
    throw new ZhiceError("CONFIG_INVALID", "Invalid configuration — EMBEDDINGS_URL: required when EMBEDDINGS_PROVIDER=openai");
  }
  for (const name of ["LLM_BASE_URL", "LLM_MODEL"] as const) {
    if (parsed.data.LLM_MODE !== "off" && !parsed.data[name]) {
      throw new ZhiceError("CONFIG_INVALID", `Invalid configuration — ${name}: required when LLM_MODE=${parsed.data.LLM_MODE}`);
    }
  }
  try {
    parseLimits(parsed.data.RATE_LIMITS);
  } catch (error) {
    throw new ZhiceError("CONFIG_INVALID", `Invalid configuration — ${(error as Error).message}`);
  }
  return toConfig(parsed.data);
}
