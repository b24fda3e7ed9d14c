/** Sends messages to a follower outside the 5-second passive reply (客服消息). */
export interface CustomerServiceApi {
  sendText(openId: string, content: string): Promise<void>;
}

export class WechatApiError extends Error {
  constructor(
    message: string,
    readonly errcode?: number,
  ) {
    super(message);
    this.name = "WechatApiError";
  }
}

export interface WechatApiOptions {
  apiBase: string;
  appId: string;
  appSecret: string;
  timeoutMs?: number;
  now?: () => number;
}

interface WechatResult {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

/** errcodes meaning the access token is no longer valid: fetch a new one and try once more. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);

/**
 * The official-account API client: an access token from /cgi-bin/token, cached until shortly
 * before it expires (one fetch at a time), and /cgi-bin/message/custom/send for text.
 */
export function createWechatApi(options: WechatApiOptions): CustomerServiceApi {
  const base = options.apiBase.replace(/\/+$/, "");
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 5000;
  let cached: { token: string; validUntil: number } | null = null;
  let fetching: Promise<string> | null = null;

  async function call(url: string, init?: RequestInit): Promise<WechatResult> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new WechatApiError(`WeChat API HTTP ${response.status}`);
    const body = (await response.json()) as WechatResult;
    if (body.errcode) throw new WechatApiError(`WeChat API error ${body.errcode}: ${body.errmsg ?? ""}`, body.errcode);
    return body;
  }

  async function fetchToken(): Promise<string> {
    const query = new URLSearchParams({ grant_type: "client_credential", appid: options.appId, secret: options.appSecret });
    const body = await call(`${base}/cgi-bin/token?${query}`);
    if (!body.access_token) throw new WechatApiError("WeChat API returned no access_token");
    const lifetimeMs = (body.expires_in ?? 7200) * 1000;
    // Renew five minutes early (or halfway through a short lifetime).
    cached = { token: body.access_token, validUntil: now() + lifetimeMs - Math.min(300_000, lifetimeMs / 2) };
    return body.access_token;
  }

  function accessToken(): Promise<string> {
    if (cached && cached.validUntil > now()) return Promise.resolve(cached.token);
    fetching ??= fetchToken().finally(() => {
      fetching = null;
    });
    return fetching;
  }

  async function send(openId: string, content: string, retry: boolean): Promise<void> {
    const token = await accessToken();
    try {
      await call(`${base}/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ touser: openId, msgtype: "text", text: { content } }),
      });
    } catch (error) {
      if (retry && error instanceof WechatApiError && error.errcode !== undefined && STALE_TOKEN.has(error.errcode)) {
        if (cached?.token === token) cached = null;
        return send(openId, content, false);
      }
      throw error;
    }
  }

  return { sendText: (openId, content) => send(openId, content, true) };
}
