import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../answer/types.js";
import { widgetBundle } from "./bundle.js";
import { loadWidgetTexts } from "./widget-texts.js";
import type { ChatReply } from "./widget/types.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

// Compile-time check (run by `tsc -p tsconfig.json`): every server response is a valid widget reply,
// so the browser-side copy of the contract cannot drift from src/answer/types.ts.
const contractHolds = (response: ChatResponse): ChatReply => response;

const texts = loadWidgetTexts("prompts", 180);

describe("widget bundle", () => {
  it("is built once and cached", () => {
    const first = widgetBundle(texts);
    expect(widgetBundle(texts)).toBe(first);
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it("is one self-contained script: no imports, no exports, no Node globals", () => {
    const { code } = widgetBundle(texts);
    expect(code).not.toMatch(/\bimport\s*[{(*"']|\bexport\s*[{*]|\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b/);
    expect(code.startsWith("/* 知策 web widget */\n")).toBe(true);
  });

  it("type-checks as browser code (DOM types, no Node types)", () => {
    const tsc = `${ROOT}node_modules/.bin/tsc`;
    const run = () => execFileSync(tsc, ["-p", "src/channels/web/widget/tsconfig.json"], { cwd: ROOT, stdio: "pipe" });
    expect(run).not.toThrow();
  });

  it("keeps the citation fields the widget renders", () => {
    const reply = contractHolds({
      sessionId: "s",
      answerId: "a",
      status: "answered",
      answer: "可以。",
      topic: null,
      confidence: 1,
      citations: [{ docId: "d", title: "t", section: "s", issuer: "i", docNo: "n", snippet: "x" }],
    });
    expect(reply.citations[0]?.docNo).toBe("n");
  });
});
