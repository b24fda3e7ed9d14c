import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The code of these module folders (src/ under tsx, dist/ compiled), tests left out: part of a cache key. */
export function codeHash(folders: readonly string[]): string {
  const hash = crypto.createHash("sha256");
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const folder of folders) {
    const dir = path.join(here, "..", folder);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.[jt]s$/.test(f) && !/\.test\.[jt]s$/.test(f)).sort() : [];
    for (const file of files) hash.update(`${folder}/${file}\0`).update(fs.readFileSync(path.join(dir, file))).update("\0");
  }
  return hash.digest("hex");
}

/**
 * How a value is stored: as text (`<name>-<key>.json`), or, with an `extension`, as bytes in
 * `<name>-<key>.<extension>` (the intent classifier's weights), handed to `decode` as a Buffer.
 */
export interface CacheCodec<T, Stored extends string | Buffer = string> {
  extension?: Stored extends Buffer ? string : never;
  encode(value: T): Stored extends Buffer ? Uint8Array : string;
  decode(stored: Stored): T;
}

/**
 * A value derived at start from the knowledge and the code (section frames, the homophone sound table, the
 * intent classifier's weights), stored in `cacheDir` as `<name>-<key>.json` (or the codec's extension): the
 * next start with the same key reads it instead of deriving it again. `keyParts` must name everything the value depends on (the knowledge's hash, `codeHash` of the
 * deriving code); older files of the same name are removed when a new one is written. An unreadable file is
 * derived again, never trusted.
 */
export function cachedValue<T, Stored extends string | Buffer = string>(
  cacheDir: string,
  name: string,
  keyParts: readonly string[],
  derive: () => T,
  codec: CacheCodec<T, Stored>,
): T {
  const key = crypto.createHash("sha256").update(keyParts.join("\0")).digest("hex").slice(0, 16);
  const extension = codec.extension ?? "json";
  const file = path.join(cacheDir, `${name}-${key}.${extension}`);
  try {
    return codec.decode((codec.extension ? fs.readFileSync(file) : fs.readFileSync(file, "utf8")) as Stored);
  } catch {
    // Not stored yet, or unreadable: derive and store.
  }
  const value = derive();
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const stale = new RegExp(`^${name}-[0-9a-f]{16}\\.${extension}$`);
    for (const old of fs.readdirSync(cacheDir)) if (stale.test(old) && old !== path.basename(file)) fs.rmSync(path.join(cacheDir, old), { force: true });
    // Written beside, then renamed: workers starting together never read half a file.
    const staging = `${file}.${process.pid}`;
    fs.writeFileSync(staging, codec.encode(value));
    fs.renameSync(staging, file);
  } catch {
    // A read-only data folder: the value is derived at every start, as before.
  }
  return value;
}
