import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/** The widget's browser entry point (TypeScript, bundled in memory). */
export const WIDGET_ENTRY = fileURLToPath(new URL("./widget/main.ts", import.meta.url));

export interface WidgetBundle {
  code: string;
  /** Strong ETag of the code, quoted. */
  etag: string;
}

let cached: WidgetBundle | null = null;

/**
 * Bundles the widget with esbuild once per process: one minified IIFE, no source map, for browsers
 * from about 2020 on (ES2020 syntax). A syntax error or a missing module fails loudly at router creation (types are checked by tsc).
 */
export function widgetBundle(): WidgetBundle {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output for the web widget");
  const code = `/* 知策 web widget */\n${file.text}`;
  const etag = `"${crypto.createHash("sha256").update(code).digest("base64url").slice(0, 27)}"`;
  cached = { code, etag };
  return cached;
}
