import crypto from "node:crypto";
import express, { Router, type Request, type Response } from "express";
import type { Config } from "../../config/index.js";
import { createRateLimiter, ephemeralSessionIds, memoryRateLimitStore, type RateLimiter, type RateLimitStore, type SessionIds } from "../../security/index.js";
import { readInbound } from "./inbound.js";
import { createReplayGuard } from "./replay-guard.js";
import { MessageKeyRing, type MessageCrypto } from "./message-crypto.js";
import { createMessageHandler, NotReadyError, type WechatAssistant } from "./message-handler.js";
import { verifySignature, wechatSignature } from "./signature.js";
import { createWechatApi, type CustomerServiceApi } from "./wechat-api.js";
import { encryptedReplyXml, parseWechatXml, textReplyXml, type XmlFields } from "./xml.js";

export type WechatConfig = NonNullable<Config["wechat"]>;

export interface WechatRouterOptions {
  config: WechatConfig;
  /** null while the index is still loading. */
  assistant: () => WechatAssistant | null;
  /** Overrides the customer-service client made from the config (AppId + AppSecret). */
  api?: CustomerServiceApi | null;
  bodyLimit?: string;
  log?: (message: string) => void;
  path?: string;
  /** Follower session ids (HMAC of the OpenID); by default with a per-process secret. */
  sessionIds?: SessionIds;
  /** Per-follower limits; none by default. */
  limiter?: RateLimiter;
  /** Where nonces are remembered (shared by instances); in memory by default. */
  nonceStore?: () => RateLimitStore;
  /** The clock timestamps are checked against (tests replay WeChat's dated sample). */
  now?: () => number;
}

/** Bad input: answered with the status and an empty body, nothing processed. */
class Rejected extends Error {
  constructor(readonly status: 400 | 401) {
    super(`rejected with ${status}`);
  }
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * The official-account endpoint: GET verifies the server URL, POST takes messages in plain or safe
 * mode (安全模式, when an EncodingAESKey is set) and answers with a passive text reply.
 */
export function wechatRoutes(options: WechatRouterOptions): Router {
  const { config } = options;
  const log = options.log ?? ((message) => console.error(message));
  const path = options.path ?? "/wechat";
  const keys = config.aesKey ? new MessageKeyRing(config.appId ?? "", config.aesKey, config.previousAesKey) : null;
  const api =
    options.api !== undefined
      ? options.api
      : config.appSecret && config.appId
        ? createWechatApi({ apiBase: config.apiBase, appId: config.appId, appSecret: config.appSecret })
        : null;
  const handle = createMessageHandler({
    assistant: options.assistant,
    api,
    replyDeadlineMs: config.replyDeadlineMs,
    log,
    sessionIds: options.sessionIds ?? ephemeralSessionIds(),
    limiter: options.limiter ?? createRateLimiter(null, () => memoryRateLimitStore()),
  });
  const localNonces = memoryRateLimitStore();
  const fresh = createReplayGuard({ maxSkewSeconds: config.maxClockSkewSeconds, store: options.nonceStore ?? (() => localNonces), ...(options.now ? { now: options.now } : {}) });
  const router = Router();

  router.get(path, (req, res) => {
    const { timestamp = "", nonce = "", echostr } = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, text(v)]));
    const msgSignature = text(req.query.msg_signature);
    if (keys && msgSignature !== undefined) {
      if (echostr === undefined || !verifySignature(config.token, msgSignature, timestamp, nonce, echostr)) return void res.status(401).end();
      try {
        return void res.type("text/plain").send(keys.decrypt(echostr).message);
      } catch {
        return void res.status(400).end();
      }
    }
    if (echostr === undefined || !verifySignature(config.token, req.query.signature, timestamp, nonce)) return void res.status(401).end();
    res.type("text/plain").send(echostr);
  });

  router.post(path, express.text({ type: () => true, limit: options.bodyLimit ?? "64kb" }), async (req: Request, res: Response) => {
    const timestamp = text(req.query.timestamp) ?? "";
    const nonce = text(req.query.nonce) ?? "";
    const encryptType = text(req.query.encrypt_type);
    let fields: XmlFields;
    let replyWith: MessageCrypto | null = null;
    try {
      if (encryptType !== undefined && encryptType !== "aes" && encryptType !== "raw") throw new Rejected(400);
      if (keys && encryptType === "aes") {
        const signature = req.query.signature;
        if (signature !== undefined && !verifySignature(config.token, signature, timestamp, nonce)) throw new Rejected(401);
        const outer = safeParse(req.body);
        const encrypted = outer.Encrypt;
        if (!encrypted) throw new Rejected(400);
        if (!verifySignature(config.token, req.query.msg_signature, timestamp, nonce, encrypted)) throw new Rejected(401);
        const decrypted = safely(() => keys.decrypt(encrypted));
        fields = safeParse(decrypted.message);
        replyWith = decrypted.crypto;
      } else {
        if (!verifySignature(config.token, req.query.signature, timestamp, nonce)) throw new Rejected(401);
        fields = safeParse(req.body);
      }
      if (!(await fresh(timestamp, nonce, typeof req.body === "string" ? req.body : ""))) throw new Rejected(401);
    } catch (error) {
      if (error instanceof Rejected) return void res.status(error.status).end();
      throw error;
    }
    const message = readInbound(fields);
    if (!message) return void res.status(400).end();
    let content: string | null;
    try {
      content = await handle(message);
    } catch (error) {
      if (error instanceof NotReadyError) return void res.status(503).end();
      log(`wechat: ${(error as Error)?.stack ?? String(error)}`);
      content = null;
    }
    if (content === null) return void res.type("text/plain").send("success");
    const createTime = Math.floor(Date.now() / 1000);
    const xml = textReplyXml({ toUser: message.openId, fromUser: message.account, content, createTime });
    if (!replyWith) return void res.type("application/xml").send(xml);
    const encrypted = replyWith.encrypt(xml);
    const replyTimestamp = String(createTime);
    const replyNonce = nonce || crypto.randomBytes(8).toString("hex");
    const signature = wechatSignature(config.token, replyTimestamp, replyNonce, encrypted);
    res.type("application/xml").send(encryptedReplyXml(encrypted, signature, replyTimestamp, replyNonce));
  });

  return router;
}

function safeParse(body: unknown): XmlFields {
  return safely(() => parseWechatXml(body));
}

/** Runs a parse or decrypt step; any failure is a 400. */
function safely<T>(step: () => T): T {
  try {
    return step();
  } catch {
    throw new Rejected(400);
  }
}
