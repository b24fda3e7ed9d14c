import zlib from "node:zlib";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../app/create-assistant.js";
import { testAssistant } from "../../app/testing.js";
import { createHttpApp } from "../http/app.js";

const MAX_GZIPPED_BYTES = 30 * 1024;

let assistant: Assistant;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ({ assistant } = await testAssistant());
  app = createHttpApp({ assistant: () => assistant });
});
afterAll(() => assistant.close());

describe("GET / (demo page)", () => {
  it("is an HTML page about 知策 that embeds the widget with one script tag", async () => {
    const res = await request(app).get("/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(res.text).toMatch(/<script src="\/widget\.js" data-title="政策咨询" defer><\/script>/);
    expect(res.text).toContain("知策");
    expect(res.text).toMatch(/出处/);
    expect(res.text).toMatch(/离线/);
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
  });
});

describe("GET /widget.js", () => {
  it("is JavaScript with a short cache header", async () => {
    const res = await request(app).get("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=300");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.text).toContain("attachShadow");
  });

  it(`is under ${MAX_GZIPPED_BYTES} bytes gzipped`, async () => {
    const res = await request(app).get("/widget.js").buffer(true);
    const gzipped = zlib.gzipSync(Buffer.from(res.text, "utf8"), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThan(MAX_GZIPPED_BYTES);
  });

  it("never parses strings as HTML", async () => {
    const { text } = await request(app).get("/widget.js");
    expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it("answers a revalidation with 304", async () => {
    const first = await request(app).get("/widget.js");
    const again = await request(app).get("/widget.js").set("If-None-Match", first.headers.etag!);
    expect(again.status).toBe(304);
  });
});

describe("CORS for the widget on other sites", () => {
  it("answers the preflight for the widget's endpoints", async () => {
    for (const path of ["/api/chat", "/api/feedback", "/api/escalate"]) {
      const res = await request(app)
        .options(path)
        .set("Origin", "https://www.example.gov.cn")
        .set("Access-Control-Request-Method", "POST")
        .set("Access-Control-Request-Headers", "content-type");
      expect(res.status).toBe(204);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["access-control-allow-headers"]).toMatch(/content-type/i);
      expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
    }
  });

  it("marks chat answers readable cross-origin, and nothing else", async () => {
    const chat = await request(app).post("/api/chat").set("Origin", "https://a.example").send({ message: "专利保护期多长" });
    expect(chat.status).toBe(200);
    expect(chat.headers["access-control-allow-origin"]).toBe("*");
    const search = await request(app).get("/api/search").set("Origin", "https://a.example").query({ q: "医保" });
    expect(search.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("leaves unknown paths to the JSON 404", async () => {
    const res = await request(app).get("/widget.css");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("compression, favicon and the cited section", () => {
  it("sends widget.js, the demo page and API answers gzip- or brotli-compressed when asked", async () => {
    for (const encoding of ["gzip", "br"]) {
      const script = await request(app).get("/widget.js").set("Accept-Encoding", encoding);
      expect(script.headers["content-encoding"]).toBe(encoding);
      expect(script.text).toContain("attachShadow"); // supertest decodes it again
      expect((await request(app).get("/").set("Accept-Encoding", encoding)).headers["content-encoding"]).toBe(encoding);
      const search = await request(app).get("/api/search").query({ q: "医保异地结算", k: 5 }).set("Accept-Encoding", encoding);
      expect(search.headers["content-encoding"]).toBe(encoding);
    }
    expect((await request(app).get("/widget.js").set("Accept-Encoding", "identity")).headers["content-encoding"]).toBeUndefined();
  });

  it("sends a chat answer uncompressed: a small body, new each time", async () => {
    const chat = await request(app).post("/api/chat").set("Accept-Encoding", "gzip").send({ message: "专利保护期多长" });
    expect(chat.status).toBe(200);
    expect(chat.headers["content-encoding"]).toBeUndefined();
    expect(chat.body.answer).toBeTruthy();
  });

  it("serves a favicon at /favicon.ico and /favicon.svg", async () => {
    for (const path of ["/favicon.ico", "/favicon.svg"]) {
      const res = await request(app).get(path).buffer(true);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    }
  });

  it("returns the whole text of a cited section, and 404 for an unknown one", async () => {
    const chat = await request(app).post("/api/chat").send({ message: "在外省住院医保能直接结算吗" });
    const { docId, section, snippet } = chat.body.citations[0];
    const res = await request(app).get("/api/passage").query({ docId, section }).set("Origin", "https://a.example");
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.body.body.startsWith(snippet.replace(/…$/, ""))).toBe(true);
    expect(res.body.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await request(app).get("/api/passage").query({ docId, section: "没有这一节" })).status).toBe(404);
  });
});
