// npm start: runs the compiled server (dist/) when it is up to date with src/, building it first
// when it is not; falls back to running the TypeScript through tsx when it cannot be built (for
// example an install without dev dependencies). Cluster workers re-run this file and only load.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { markBuilt } from "./mark-built.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = path.join(root, "dist", ".built");
const inputs = ["tsconfig.json", "tsconfig.build.json", "package.json"].map((f) => path.join(root, f));

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate() {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return Math.max(newestSource(path.join(root, "src")), ...inputs.map((f) => fs.statSync(f).mtimeMs)) <= built;
}

async function build() {
  const tsc = path.join(root, "node_modules", ".bin", "tsc");
  if (!fs.existsSync(tsc)) return false;
  const started = Date.now();
  const result = spawnSync(tsc, ["-p", path.join(root, "tsconfig.build.json")], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) return false;
  await markBuilt();
  process.stderr.write(`Built dist/ in ${Date.now() - started} ms\n`);
  return true;
}

let compiled = upToDate();
if (!compiled && cluster.isPrimary) compiled = await build();
if (compiled) {
  await import(pathToFileURL(path.join(root, "dist", "server.js")).href);
} else {
  if (cluster.isPrimary) process.stderr.write("dist/ is missing or out of date and could not be built: running the TypeScript through tsx\n");
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(root, "src", "server.ts")).href);
}
