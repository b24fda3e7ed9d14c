import crypto from "node:crypto";

/**
 * WeChat's signature: sha1 (hex) of the parts sorted in dictionary order and joined without a
 * separator. With [token, timestamp, nonce] it signs the URL (GET verification and plain-mode
 * posts); with [token, timestamp, nonce, Encrypt] it is the safe-mode msg_signature.
 */
export function wechatSignature(...parts: string[]): string {
  const sorted = [...parts].sort();
  return crypto.createHash("sha1").update(sorted.join(""), "utf8").digest("hex");
}

/** Compares a received signature with the expected one in constant time (hex, case-insensitive). */
export function signatureMatches(received: unknown, expected: string): boolean {
  if (typeof received !== "string" || received.length !== expected.length) return false;
  const a = Buffer.from(received.toLowerCase(), "utf8");
  const b = Buffer.from(expected.toLowerCase(), "utf8");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** True when `signature` is the sha1 of the sorted [token, ...parts]. */
export function verifySignature(token: string, signature: unknown, ...parts: string[]): boolean {
  return signatureMatches(signature, wechatSignature(token, ...parts));
}
