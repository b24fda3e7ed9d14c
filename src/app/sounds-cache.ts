import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../project-root.js";
import { soundTable } from "../text/index.js";
import { cachedValue, codeHash } from "./startup-cache.js";

/** pinyin-pro's version: its readings are part of what the table says. */
function pinyinVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "node_modules", "pinyin-pro", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * The homophone matcher's table of policy terms by sound: reading the pinyin of some 3,000 terms takes a
 * tenth of a second at every start, so it is stored under a hash of the terms, the text code and pinyin-pro's version.
 */
export function cachedSoundTable(cacheDir: string): (terms: string[]) => Map<string, string[]> {
  return (terms) =>
    cachedValue(
      cacheDir,
      "sounds",
      [crypto.createHash("sha256").update(terms.join("\n")).digest("hex"), codeHash(["text"]), pinyinVersion()],
      () => soundTable(terms),
      { encode: (table) => JSON.stringify([...table]), decode: (text) => new Map(JSON.parse(text) as [string, string[]][]) },
    );
}
