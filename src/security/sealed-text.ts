import crypto from "node:crypto";

/** Encrypts text at rest (AES-256-GCM); only whoever holds the key can read it back. */
export interface Sealer {
  seal(text: string): string;
  /** The plain text, or null when the value was not sealed with this key or was tampered with. */
  open(sealed: string): string | null;
}

const VERSION = "v1";

export function createSealer(key: Buffer): Sealer {
  return {
    seal(text) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    open(sealed) {
      if (!sealed.startsWith(`${VERSION}:`)) return null;
      const raw = Buffer.from(sealed.slice(VERSION.length + 1), "base64");
      if (raw.length < 28) return null;
      try {
        const decipher = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}
