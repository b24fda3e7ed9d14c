import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "../http/app.js";
import { consoleBundle } from "./router.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant, staffAccounts: [{ name: "王", token: "wang-token-0123456789" }] });
});
afterAll(() => assistant.close());

describe("GET /staff (staff console page)", () => {
  it("is the console's HTML page, loading its one script under a strict CSP", async () => {
    const res = await request(app).get("/staff");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(res.text).toContain("<html lang=\"zh-CN\">");
    expect(res.text).toContain("12345 热线工作台");
    expect(res.text).toMatch(/<script src="\/staff\/console\.js" defer><\/script>/);
    expect(res.text).not.toMatch(/<script>(?!<\/script>)/); // no inline script: script-src 'self' holds
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("does not shadow the staff API or the 404 handler", async () => {
    expect((await request(app).get("/api/staff/me")).status).toBe(401);
    expect((await request(app).get("/staff/nothing-here")).status).toBe(404);
  });
});

describe("GET /staff/console.js", () => {
  it("is JavaScript with an ETag", async () => {
    const res = await request(app).get("/staff/console.js");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/javascript/);
    expect(res.headers.etag).toBe(consoleBundle().etag);
    expect(res.text.startsWith("/* 知策 staff console */\n")).toBe(true);
    expect(() => new Function(res.text)).not.toThrow(); // parses as a classic script
  });

  it("is one self-contained script that never parses server strings as HTML", () => {
    const { code } = consoleBundle();
    expect(code).not.toMatch(/\bimport\s*[{(*"']|\bexport\s*[{*]|\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b/);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(consoleBundle()).toBe(consoleBundle());
  });

  it("type-checks as browser code (DOM types, no Node types)", () => {
    const tsc = `${ROOT}node_modules/.bin/tsc`;
    const run = () => execFileSync(tsc, ["-p", "src/channels/staff-console/browser/tsconfig.json"], { cwd: ROOT, stdio: "pipe" });
    expect(run).not.toThrow();
  });
});
