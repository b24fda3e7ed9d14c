import crypto from "node:crypto";

/** Session ids the server issues; a client-made id is never accepted as a session. */
export interface SessionIds {
  /** A new web session: 128 random bits and a 128-bit HMAC of them. */
  issue(): string;
  /** True only for an id this server (or one sharing its secret) issued. */
  isIssued(id: unknown): id is string;
  /** A follower's session: an HMAC of the OpenID, so knowing the OpenID is not enough. */
  forFollower(openId: string): string;
}

const WEB = /^s([A-Za-z0-9_-]{22})([A-Za-z0-9_-]{22})$/;

export function createSessionIds(secret: Buffer): SessionIds {
  const mac = (purpose: string, value: string, bytes: number) =>
    crypto.createHmac("sha256", secret).update(`${purpose}:${value}`).digest().subarray(0, bytes).toString("base64url");
  // Nonces drawn 4 kB at a time: one call to the CSPRNG per 256 sessions (one of 16 bytes costs about 9 µs).
  let pool = Buffer.alloc(0);
  let used = 0;
  const nonceBytes = () => {
    if (used + 16 > pool.length) [pool, used] = [crypto.randomBytes(4096), 0];
    return pool.subarray(used, (used += 16));
  };
  return {
    issue() {
      const nonce = nonceBytes().toString("base64url");
      return `s${nonce}${mac("web", nonce, 16)}`;
    },
    isIssued(id: unknown): id is string {
      if (typeof id !== "string") return false;
      const match = WEB.exec(id);
      if (!match) return false;
      const expected = Buffer.from(mac("web", match[1]!, 16));
      const offered = Buffer.from(match[2]!);
      return expected.length === offered.length && crypto.timingSafeEqual(expected, offered);
    },
    forFollower: (openId) => `wx${mac("wechat", openId, 24)}`,
  };
}

/** For tests and single-process tools: a secret that lives as long as the process. */
export const ephemeralSessionIds = (): SessionIds => createSessionIds(crypto.randomBytes(32));
