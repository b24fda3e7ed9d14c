import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Written by `npm run build` into dist/: for each src/ folder, its sources' hash and the hash of what they compiled to. */
export const SOURCE_HASHES_FILE = "source-hashes.json";

/** The files of one module folder (.ts or .js, tests left out), by name and content. */
function folderHash(root: string, folder: string): string {
  const hash = crypto.createHash("sha256");
  const dir = path.join(root, folder);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.[jt]s$/.test(f) && !/\.test\.[jt]s$/.test(f)).sort() : [];
  for (const file of files) hash.update(`${folder}/${file}\0`).update(fs.readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}

type SourceHashes = Record<string, { source: string; compiled: string }>;

function recordedHashes(root: string): SourceHashes | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, SOURCE_HASHES_FILE), "utf8")) as SourceHashes;
  } catch {
    return null;
  }
}

/**
 * The code of these module folders, tests left out: part of a cache key. Under tsx the sources in src/; compiled,
 * the hash of the sources a folder was built from when the build recorded it and the folder is still what that build
 * wrote, so `node dist/server.js` finds the caches a tsx run of the same code wrote and the other way round (a restart
 * after `npm run bench` or `npm run index` would otherwise derive every cache again: 1.5 s of a 3 s restart). A folder
 * compiled since without the record (tsc by hand) hashes its own files.
 */
export function codeHash(folders: readonly string[], root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..")): string {
  const recorded = recordedHashes(root);
  const hash = crypto.createHash("sha256");
  for (const folder of folders) {
    const own = folderHash(root, folder);
    const built = recorded?.[folder];
    hash.update(`${folder}\0${built?.compiled === own ? built.source : own}\0`);
  }
  return hash.digest("hex");
}

/** For the build: each folder's hash in `srcRoot` and in `outRoot`, written into `outRoot` where the compiled codeHash reads them. */
export function recordSourceHashes(srcRoot: string, outRoot: string): void {
  const folders = fs.readdirSync(srcRoot, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const hashes: SourceHashes = Object.fromEntries(folders.map((folder) => [folder, { source: folderHash(srcRoot, folder), compiled: folderHash(outRoot, folder) }]));
  fs.writeFileSync(path.join(outRoot, SOURCE_HASHES_FILE), `${JSON.stringify(hashes, null, 1)}\n`);
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
