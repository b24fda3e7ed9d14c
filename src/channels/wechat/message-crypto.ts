import crypto from "node:crypto";

/** WeChat pads to 32-byte blocks (PKCS#7 with a block of 32), not AES's own 16. */
const BLOCK = 32;
const RANDOM_BYTES = 16;

/** A safe-mode message that cannot be decrypted or belongs to another account (→ 400). */
export class WechatCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WechatCryptoError";
  }
}

export function pkcs7Pad(data: Buffer): Buffer {
  const amount = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(amount, amount)]);
}

export function pkcs7Unpad(data: Buffer): Buffer {
  const amount = data[data.length - 1];
  if (data.length === 0 || data.length % 16 !== 0 || amount === undefined || amount < 1 || amount > BLOCK || amount > data.length) {
    throw new WechatCryptoError("bad padding");
  }
  for (let i = data.length - amount; i < data.length; i++) {
    if (data[i] !== amount) throw new WechatCryptoError("bad padding");
  }
  return data.subarray(0, data.length - amount);
}

/** The 32-byte AES key from the 43-character EncodingAESKey. */
export function decodeAesKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new WechatCryptoError("EncodingAESKey must be 43 base64 characters");
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) throw new WechatCryptoError("EncodingAESKey does not decode to 32 bytes");
  return key;
}

/**
 * One EncodingAESKey: AES-256-CBC, IV = first 16 bytes of the key, plaintext =
 * random(16) + length(4, big-endian) + message + AppId, padded to 32-byte blocks by hand.
 */
export class MessageCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(encodingAesKey: string, readonly appId: string) {
    this.key = decodeAesKey(encodingAesKey);
    this.iv = this.key.subarray(0, 16);
  }

  /** Base64 ciphertext; `random` is for tests with fixed vectors (16 bytes). */
  encrypt(message: string, random: Buffer = crypto.randomBytes(RANDOM_BYTES)): string {
    if (random.length !== RANDOM_BYTES) throw new WechatCryptoError("random prefix must be 16 bytes");
    const body = Buffer.from(message, "utf8");
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = pkcs7Pad(Buffer.concat([random, length, body, Buffer.from(this.appId, "utf8")]));
    const cipher = crypto.createCipheriv("aes-256-cbc", this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
  }

  /** The message; throws WechatCryptoError on bad base64, padding, length or a different AppId. */
  decrypt(encrypted: string): string {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) throw new WechatCryptoError("ciphertext is not base64");
    const data = Buffer.from(encrypted, "base64");
    if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError("ciphertext length is not a whole number of blocks");
    let plain: Buffer;
    try {
      const decipher = crypto.createDecipheriv("aes-256-cbc", this.key, this.iv);
      decipher.setAutoPadding(false);
      plain = pkcs7Unpad(Buffer.concat([decipher.update(data), decipher.final()]));
    } catch (error) {
      throw error instanceof WechatCryptoError ? error : new WechatCryptoError("cannot decrypt");
    }
    if (plain.length < RANDOM_BYTES + 4) throw new WechatCryptoError("plaintext too short");
    const length = plain.readUInt32BE(RANDOM_BYTES);
    const start = RANDOM_BYTES + 4;
    if (start + length > plain.length) throw new WechatCryptoError("message length out of range");
    const appId = plain.subarray(start + length).toString("utf8");
    if (appId !== this.appId) throw new WechatCryptoError("message is for another AppId");
    return plain.subarray(start, start + length).toString("utf8");
  }
}

/**
 * The current key and, during rotation, the previous one. decrypt tries the current key first
 * and returns the crypto that succeeded, so the reply is encrypted with the same key.
 */
export class MessageKeyRing {
  readonly keys: MessageCrypto[];

  constructor(appId: string, current: string, previous?: string) {
    this.keys = [new MessageCrypto(current, appId), ...(previous ? [new MessageCrypto(previous, appId)] : [])];
  }

  decrypt(encrypted: string): { message: string; crypto: MessageCrypto } {
    let lastError: unknown = new WechatCryptoError("no key");
    for (const key of this.keys) {
      try {
        return { message: key.decrypt(encrypted), crypto: key };
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }
}
