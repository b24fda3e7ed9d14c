// After tsc (npm run build, npm start's own build): records the hash of each src/ folder the build compiled, so the
// compiled code keys its start-up caches as the same code run through tsx does (src/app/startup-cache.ts), then
// stamps dist/ as built.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function markBuilt() {
  const { recordSourceHashes } = await import(pathToFileURL(path.join(root, "dist", "app", "startup-cache.js")).href);
  recordSourceHashes(path.join(root, "src"), path.join(root, "dist"));
  fs.writeFileSync(path.join(root, "dist", ".built"), new Date().toISOString());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await markBuilt();
