import crypto from "node:crypto";
import { createRequire } from "node:module";
import type { BuildOptions } from "esbuild";
import path from "node:path";
import { PROJECT_ROOT, sourceAsset } from "../../project-root.js";
import { cachedBundle } from "./bundle-cache.js";
import type { WidgetTexts } from "./widget-texts.js";

/** The widget's browser entry point (TypeScript, bundled in memory). */
export const WIDGET_ENTRY = sourceAsset(import.meta.url, "./widget/main.ts");

export interface WidgetBundle {
  code: string;
  /** Strong ETag of the code, quoted. */
  etag: string;
}

const cached = new Map<string, WidgetBundle>();

/**
 * Bundles a browser entry point with esbuild in memory: one minified IIFE, no source map, for browsers
 * from about 2020 on (ES2020 syntax), prefixed with `banner`. A syntax error or a missing module throws
 * (types are checked by tsc). Shared with the staff console (src/channels/staff-console/).
 */
export function bundleBrowserScript(entry: string, banner: string, define: Record<string, string> = {}): WidgetBundle {
  // esbuild (loaded only when something must be bundled) and the options are part of what the bundle depends on.
  const require = createRequire(import.meta.url);
  const version = (require("esbuild/package.json") as { version: string }).version;
  const options: BuildOptions & { write: false; metafile: true } = {
    define,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    metafile: true,
    absWorkingDir: PROJECT_ROOT,
  };
  const built = cachedBundle(JSON.stringify([version, options]), () => {
    const result = (require("esbuild") as typeof import("esbuild")).buildSync(options);
    const file = result.outputFiles?.[0];
    if (!file) throw new Error(`esbuild produced no output for ${entry}`);
    // Without the list of inputs a kept bundle could never be checked: fail rather than keep it.
    if (!result.metafile) throw new Error(`esbuild listed no inputs for ${entry}`);
    // Virtual inputs (<define:__ZHICE_TEXTS__>) are no files: what they hold is in the key already.
    const files = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith("<"));
    return { code: file.text, inputs: files.map((input) => path.resolve(PROJECT_ROOT, input)) };
  });
  const code = `${banner}\n${built}`;
  const etag = `"${crypto.createHash("sha256").update(code).digest("base64url").slice(0, 27)}"`;
  return { code, etag };
}

/**
 * The widget's bundle with its wording (`__ZHICE_TEXTS__`) and whether the server streams answers
 * (`__ZHICE_STREAM__`, LLM_MODE=answer), built once per process, wording and flag: a broken widget fails
 * loudly at router creation.
 */
export function widgetBundle(texts: WidgetTexts, options: { streaming?: boolean } = {}): WidgetBundle {
  const json = JSON.stringify(texts);
  const streaming = options.streaming === true;
  const key = `${streaming}:${json}`;
  let bundle = cached.get(key);
  if (!bundle) {
    const define = { __ZHICE_TEXTS__: json, __ZHICE_STREAM__: String(streaming) };
    cached.set(key, (bundle = bundleBrowserScript(WIDGET_ENTRY, "/* 知策 web widget */", define)));
  }
  return bundle;
}
