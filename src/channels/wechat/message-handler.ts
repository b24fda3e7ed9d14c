import type { ChatRequest, ChatResponse, Replies } from "../../answer/index.js";
import { MessageDeduplicator } from "./dedupe.js";
import { MAX_REPLY_BYTES, shortenReply, splitReply } from "./fit-reply.js";
import { ClarifyOptions } from "./follow-up.js";
import { formatForWechat } from "./format-answer.js";
import type { InboundMessage } from "./inbound.js";
import { TicketQuotaError } from "../../feedback/index.js";
import type { RateLimiter, SessionIds } from "../../security/index.js";
import type { CustomerServiceApi } from "./wechat-api.js";

/** What the WeChat channel needs from the assistant. */
export interface WechatAssistant {
  answer(request: ChatRequest): Promise<ChatResponse>;
  replies: Replies;
}

export interface MessageHandlerOptions {
  /** null while the index is still loading. */
  assistant: () => WechatAssistant | null;
  /** The customer-service API, when an AppSecret is configured. */
  api: CustomerServiceApi | null;
  replyDeadlineMs: number;
  log: (message: string) => void;
  dedupe?: MessageDeduplicator<Delivery>;
  /** A follower's session id: an HMAC of the OpenID with the server's secret. */
  sessionIds: SessionIds;
  /** Limits each follower's messages (the "wechat" limit). */
  limiter: RateLimiter;
}

/** One message's reply, shared by WeChat's retries of it. */
export interface Delivery {
  parts: Promise<string[]>;
  /** Who delivers it: the passive reply, or the customer-service API once a deadline passed. */
  by: "undecided" | "passive" | "api";
  restSent: boolean;
}

/** How long the rest of a split answer waits, so it reaches the follower after the passive reply. */
const REST_DELAY_MS = 500;

/** The assistant is still loading: answer 503 so WeChat tries again. */
export class NotReadyError extends Error {}

/**
 * Turns an inbound message into the passive reply text (null = reply "success"), at most one
 * answer per message however often WeChat retries it, within the reply deadline.
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  const { api, log } = options;
  const dedupe = options.dedupe ?? new MessageDeduplicator<Delivery>();
  const clarify = new ClarifyOptions();

  async function compose(message: InboundMessage, assistant: WechatAssistant): Promise<string> {
    const { action, openId } = message;
    if (action.kind === "none") return "";
    if (action.kind === "canned") return assistant.replies.render(action.key);
    try {
      if ((await options.limiter.check("wechat", { session: openId })) !== null) return assistant.replies.render("rate_limited");
      const question = clarify.resolve(openId, action.text);
      const response = await assistant.answer({
        message: question,
        sessionId: options.sessionIds.forFollower(openId),
        channel: "wechat",
        // WeChat's MsgId: a retry after a crash still finds the ticket it made the first time.
        idempotencyKey: `wechat:${message.dedupeKey}`,
        replyTo: openId,
      });
      if (response.status === "clarify") clarify.remember(openId, response.suggestions ?? []);
      else clarify.forget(openId);
      // Staff answers to earlier tickets come first, each as its own paragraph, then the new answer.
      const staff = (response.staffAnswers ?? []).map((a) => assistant.replies.render("staff_answer", { ticketId: a.ticketId, answer: a.answer }));
      return [...staff, formatForWechat(response)].join("\n\n");
    } catch (error) {
      if (error instanceof TicketQuotaError) return assistant.replies.render("ticket_quota", { perDay: String(error.perDay) });
      log(`wechat: answering failed: ${(error as Error)?.stack ?? String(error)}`);
      return assistant.replies.render("internal_error");
    }
  }

  /** Fits the text into reply-sized parts: split when the API can carry the rest, else shortened. */
  function fit(text: string): string[] {
    if (!text) return [];
    return api ? splitReply(text, MAX_REPLY_BYTES) : [shortenReply(text, MAX_REPLY_BYTES)];
  }

  /** Sends parts in order; `delayMs` lets the passive reply (the first part) arrive first. */
  function sendViaApi(openId: string, parts: string[], delayMs = 0): void {
    void (async () => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      for (const part of parts) await api!.sendText(openId, part);
    })().catch((error: unknown) => log(`wechat: customer-service send failed: ${(error as Error)?.message ?? String(error)}`));
  }

  return async function handle(message: InboundMessage): Promise<string | null> {
    if (message.action.kind === "none") return null;
    const assistant = options.assistant();
    if (!assistant) throw new NotReadyError("assistant not ready");
    const { entry } = dedupe.claim(
      message.dedupeKey,
      () => ({
        parts: compose(message, assistant)
          .then(fit)
          .catch((error: unknown) => {
            log(`wechat: reply failed: ${(error as Error)?.stack ?? String(error)}`);
            return [];
          }),
        by: "undecided",
        restSent: false,
      }),
      (delivery) => delivery.parts,
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.replyDeadlineMs);
    });
    const parts = await Promise.race([entry.parts, deadline]).finally(() => clearTimeout(timer));
    if (parts === null) {
      // Too late for a passive reply: "success" now, the answer through the API when it is ready.
      if (api && entry.by === "undecided") {
        entry.by = "api";
        void entry.parts.then((ready) => sendViaApi(message.openId, ready));
      }
      if (!api) log("wechat: answer not ready before the deadline and no AppSecret configured; replying success");
      return null;
    }
    if (entry.by === "api" || parts.length === 0) return null;
    entry.by = "passive";
    if (parts.length > 1 && !entry.restSent) {
      entry.restSent = true;
      sendViaApi(message.openId, parts.slice(1), REST_DELAY_MS);
    }
    return parts[0]!;
  };
}

export type MessageHandler = ReturnType<typeof createMessageHandler>;
