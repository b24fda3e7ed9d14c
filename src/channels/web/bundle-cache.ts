import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where bundles are kept between starts: per user, in the system's temporary folder (they are checked before use). */
export const BUNDLE_CACHE_DIR = path.join(os.tmpdir(), `zhice-bundles-${os.userInfo().uid}`);

interface Stored {
  /** Each source file the bundle was made of, with the hash of its content then. */
  inputs: Record<string, string>;
  code: string;
}

/**
 * The temporary folder is shared with every user of the host: a kept bundle is served to every visitor, so the
 * folder is used only when this user owns it and nobody else may write to it (else anyone could plant a script).
 */
function ownFolder(): boolean {
  try {
    fs.mkdirSync(BUNDLE_CACHE_DIR, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(BUNDLE_CACHE_DIR); // a symbolic link planted there is refused too
    return stat.isDirectory() && stat.uid === os.userInfo().uid && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/**
 * A bundle built at an earlier start, when every source file it was made of still has the same content;
 * otherwise `build` runs (it returns the code and the absolute paths of its inputs) and its result is kept.
 * `key` names everything else the bundle depends on (entry, options, esbuild's version). Bundling the widget
 * and the staff console took a tenth of a second at every start.
 */
export function cachedBundle(key: string, build: () => { code: string; inputs: string[] }): string {
  if (!ownFolder()) return build().code;
  const file = path.join(BUNDLE_CACHE_DIR, `${crypto.createHash("sha256").update(key).digest("hex").slice(0, 24)}.json`);
  try {
    const stored = JSON.parse(fs.readFileSync(file, "utf8")) as Stored;
    if (Object.entries(stored.inputs).every(([input, hash]) => sha(input) === hash)) return stored.code;
  } catch {
    // Not kept yet, unreadable, or an input is gone: build.
  }
  const { code, inputs } = build();
  try {
    const staging = `${file}.${process.pid}`;
    fs.writeFileSync(staging, JSON.stringify({ inputs: Object.fromEntries(inputs.map((input) => [input, sha(input)])), code } satisfies Stored));
    fs.renameSync(staging, file);
  } catch {
    // A read-only temporary folder: bundled at every start, as before.
  }
  return code;
}
