// Helpers shared by this folder's tests (not used at run time).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import express from "express";
import { loadReplies, type ChatRequest, type ChatResponse } from "../../answer/index.js";
import type { WechatAssistant } from "./message-handler.js";
import { wechatRoutes, type WechatConfig, type WechatRouterOptions } from "./router.js";
import { wechatSignature } from "./signature.js";

/** wechat-crypto (CommonJS, untyped): the reference implementation used for interoperability. */
export interface ReferenceCrypto {
  encrypt(text: string): string;
  decrypt(text: string): { message: string; id: string };
  getSignature(timestamp: string, nonce: string, encrypt: string): string;
}
const require = createRequire(import.meta.url);
const WXBizMsgCrypt = require("wechat-crypto") as new (token: string, key: string, appId: string) => ReferenceCrypto;
export const referenceCrypto = (token: string, key: string, appId: string) => new WXBizMsgCrypt(token, key, appId);
/** The CommonJS crypto module wechat-crypto draws its random prefix from. */
export const nodeCryptoModule = require("node:crypto") as { pseudoRandomBytes: (size: number) => Buffer };

export const TOKEN = "zhicetoken";
export const APP_ID = "wx0123456789abcdef";
/** Two EncodingAESKeys (43 base64 characters each). */
export const AES_KEY = crypto.createHash("sha256").update("current").digest("base64").slice(0, 43);
export const OLD_AES_KEY = crypto.createHash("sha256").update("previous").digest("base64").slice(0, 43);
export const replies = loadReplies("prompts");

export function wechatConfig(overrides: Partial<WechatConfig> = {}): WechatConfig {
  return {
    token: TOKEN,
    appId: APP_ID,
    aesKey: undefined,
    previousAesKey: undefined,
    appSecret: undefined,
    apiBase: "http://127.0.0.1:9",
    replyDeadlineMs: 300,
    maxClockSkewSeconds: 300,
    ...overrides,
  };
}

export function chatResponse(overrides: Partial<ChatResponse> = {}): ChatResponse {
  return {
    sessionId: "s",
    answerId: crypto.randomUUID(),
    status: "answered",
    answer: "可以。\n来源：国家医保局《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）；跨省就医·直接结算",
    topic: "medical-insurance",
    confidence: 0.8,
    citations: [],
    ...overrides,
  } as ChatResponse;
}

/** A fake assistant whose answers (and their speed) the test controls; it records every request. */
export function fakeAssistant(answer: (request: ChatRequest) => ChatResponse | Promise<ChatResponse> = () => chatResponse()) {
  const calls: ChatRequest[] = [];
  const assistant: WechatAssistant = {
    replies,
    answer: async (request) => {
      calls.push(request);
      return answer(request);
    },
  };
  return { assistant, calls };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function wechatApp(options: Partial<WechatRouterOptions> & { config: WechatConfig; assistant: WechatRouterOptions["assistant"] }) {
  const app = express();
  app.use(wechatRoutes({ log: () => {}, ...options }));
  return app;
}

/** timestamp, nonce and the URL signature WeChat adds to every call. */
export function signedQuery(token = TOKEN, extra: Record<string, string> = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(crypto.randomInt(1e9));
  return { timestamp, nonce, signature: wechatSignature(token, timestamp, nonce), ...extra };
}

export function inboundXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => (typeof v === "number" ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join("");
  return `<xml>${body}</xml>`;
}

let msgIds = 6_054_768_590_064_713_728n;
export function textXml(content: string, from = "oUser123", msgId = String(msgIds++)): string {
  return inboundXml({ ToUserName: "gh_account", FromUserName: from, CreateTime: 1_700_000_000, MsgType: "text", Content: content, MsgId: msgId });
}

/** A local stand-in for api.weixin.qq.com: the token endpoint and customer-service send. */
export async function stubWechatApi(options: { expiresIn?: number } = {}) {
  const tokenRequests: URLSearchParams[] = [];
  const sent: { accessToken: string | null; body: { touser: string; msgtype: string; text: { content: string } } }[] = [];
  let issued = 0;
  const valid = new Set<string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    res.setHeader("content-type", "application/json");
    if (url.pathname === "/cgi-bin/token") {
      tokenRequests.push(url.searchParams);
      if (url.searchParams.get("appid") !== APP_ID || url.searchParams.get("secret") !== "s3cret") {
        return void res.end(JSON.stringify({ errcode: 40125, errmsg: "invalid appsecret" }));
      }
      const token = `TOKEN-${++issued}`;
      valid.add(token);
      return void res.end(JSON.stringify({ access_token: token, expires_in: options.expiresIn ?? 7200 }));
    }
    if (url.pathname === "/cgi-bin/message/custom/send" && req.method === "POST") {
      let raw = "";
      req.on("data", (chunk) => (raw += chunk));
      req.on("end", () => {
        const accessToken = url.searchParams.get("access_token");
        if (!accessToken || !valid.has(accessToken)) return void res.end(JSON.stringify({ errcode: 40001, errmsg: "invalid credential" }));
        sent.push({ accessToken, body: JSON.parse(raw) });
        res.end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
      });
      return;
    }
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    tokenRequests,
    sent,
    revokeAll: () => valid.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await sleep(20);
  }
}
