import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSealer } from "./sealed-text.js";
import { createSessionIds } from "./session-ids.js";

describe("session ids", () => {
  const ids = createSessionIds(crypto.randomBytes(32));

  it("issues unguessable ids that only this secret accepts", () => {
    const issued = Array.from({ length: 1000 }, () => ids.issue());
    expect(new Set(issued).size).toBe(1000);
    for (const id of issued) {
      expect(id).toMatch(/^s[A-Za-z0-9_-]{44}$/);
      expect(ids.isIssued(id)).toBe(true);
    }
    expect(createSessionIds(crypto.randomBytes(32)).isIssued(issued[0])).toBe(false);
  });

  it("rejects made-up, altered and malformed ids", () => {
    const id = ids.issue();
    const flipped = `${id.slice(0, 5)}${id[5] === "A" ? "B" : "A"}${id.slice(6)}`;
    for (const made of ["1", "abc_123", flipped, `${id}x`, id.slice(1), ids.forFollower("oUser"), 42, null, undefined, { id }]) {
      expect(ids.isIssued(made)).toBe(false);
    }
  });
});

describe("sealed text", () => {
  it("round-trips, differs each time, and refuses another key or tampering", () => {
    const sealer = createSealer(crypto.randomBytes(32));
    const question = "身份证110101199003071234的医保";
    const [a, b] = [sealer.seal(question), sealer.seal(question)];
    expect(a).not.toBe(b);
    expect(a).not.toContain("110101");
    expect(sealer.open(a)).toBe(question);
    expect(createSealer(crypto.randomBytes(32)).open(a)).toBeNull();
    expect(sealer.open(`${a.slice(0, -4)}AAAA`)).toBeNull();
    expect(sealer.open("plain text")).toBeNull();
  });
});
