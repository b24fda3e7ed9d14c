import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A body that is not the XML WeChat sends (→ 400, nothing processed). */
export class WechatXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WechatXmlError";
  }
}

/** The top-level fields of a WeChat <xml> document, every value a string. */
export type XmlFields = Readonly<Record<string, string>>;

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

/** Parses `<xml><Field>value</Field>…</xml>`; nested elements (e.g. ScanCodeInfo) are skipped. */
export function parseWechatXml(body: unknown): XmlFields {
  if (typeof body !== "string" || body.trim() === "") throw new WechatXmlError("empty body");
  // WeChat never sends a DTD; refusing one rules out entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new WechatXmlError("DTD not allowed");
  if (XMLValidator.validate(body) !== true) throw new WechatXmlError("malformed XML");
  let parsed: unknown;
  try {
    parsed = parser.parse(body);
  } catch {
    throw new WechatXmlError("malformed XML");
  }
  const root = (parsed as Record<string, unknown> | null)?.xml;
  if (!root || typeof root !== "object" || Array.isArray(root)) throw new WechatXmlError("no <xml> root element");
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root as Record<string, unknown>)) {
    if (typeof value === "string") fields[name] = value;
  }
  return fields;
}

/** A CDATA section; "]]>" inside the text is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

export interface TextReply {
  /** The user's OpenID (FromUserName of the inbound message). */
  toUser: string;
  /** The account (ToUserName of the inbound message). */
  fromUser: string;
  content: string;
  createTime: number;
}

/** The passive text reply. */
export function textReplyXml(reply: TextReply): string {
  return (
    `<xml><ToUserName>${cdata(reply.toUser)}</ToUserName><FromUserName>${cdata(reply.fromUser)}</FromUserName>` +
    `<CreateTime>${reply.createTime}</CreateTime><MsgType>${cdata("text")}</MsgType>` +
    `<Content>${cdata(reply.content)}</Content></xml>`
  );
}

/** The safe-mode envelope around an encrypted reply. */
export function encryptedReplyXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
  return (
    `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
  );
}
