import type { XmlFields } from "./xml.js";

/** The longest question passed on to the assistant (the HTTP API's limit). */
export const MAX_QUESTION_CHARS = 500;

/** What to do with an inbound message, decided from its MsgType/Event alone. */
export type InboundAction =
  | { kind: "question"; text: string }
  | { kind: "canned"; key: "wechat_welcome" | "wechat_unsupported" | "wechat_voice_unrecognised" }
  | { kind: "none" };

/** The parts of an inbound message every reply needs. */
export interface InboundMessage {
  openId: string;
  account: string;
  /**
   * FromUserName with MsgId (or CreateTime for events): the same for WeChat's retries, and never the
   * same for two followers, so one cannot receive another's reply by sending their MsgId.
   */
  dedupeKey: string;
  action: InboundAction;
}

/** Reads the common fields; null when the message lacks them (→ 400). */
export function readInbound(fields: XmlFields): InboundMessage | null {
  const openId = fields.FromUserName?.trim();
  const account = fields.ToUserName?.trim();
  const msgType = fields.MsgType?.trim().toLowerCase();
  if (!openId || !account || !msgType) return null;
  const msgId = fields.MsgId?.trim();
  const dedupeKey = msgId ? `id:${openId}:${msgId}` : `ev:${openId}:${fields.CreateTime?.trim() ?? ""}:${fields.Event ?? ""}`;
  return { openId, account, dedupeKey, action: classify(msgType, fields) };
}

function classify(msgType: string, fields: XmlFields): InboundAction {
  switch (msgType) {
    case "text": {
      const text = (fields.Content ?? "").trim();
      return text ? { kind: "question", text: text.slice(0, MAX_QUESTION_CHARS) } : { kind: "canned", key: "wechat_welcome" };
    }
    case "voice": {
      const text = (fields.Recognition ?? "").trim();
      return text ? { kind: "question", text: text.slice(0, MAX_QUESTION_CHARS) } : { kind: "canned", key: "wechat_voice_unrecognised" };
    }
    case "event": {
      const event = (fields.Event ?? "").trim().toLowerCase();
      if (event === "subscribe" || event === "scan") return { kind: "canned", key: "wechat_welcome" };
      // unsubscribe, and reports such as LOCATION, CLICK, VIEW or TEMPLATESENDJOBFINISH: nothing to say.
      return { kind: "none" };
    }
    default:
      // image, location, link, video, shortvideo, file, …
      return { kind: "canned", key: "wechat_unsupported" };
  }
}
