import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (package.json, knowledge/, prompts/): one level above src/ and dist/ alike. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");

/**
 * A source file beside a module (a page, the widget's entry for esbuild). Compiled code runs from
 * dist/, where only JavaScript is emitted: the file is then read from the same place under src/.
 */
export function sourceAsset(moduleUrl: string, relative: string): string {
  const file = fileURLToPath(new URL(relative, moduleUrl));
  const dist = `${path.sep}dist${path.sep}`;
  const at = file.lastIndexOf(dist);
  if (at < 0 || fs.existsSync(file)) return file;
  return `${file.slice(0, at)}${path.sep}src${path.sep}${file.slice(at + dist.length)}`;
}
