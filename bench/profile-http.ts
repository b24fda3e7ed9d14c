import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { runLoad } from "./http-load.js";
import { mixedQuestions } from "./mixed-questions.js";

/**
 * Profiles the real server under /api/chat load:
 *   PROFILE_DATA_DIR=dir npx tsx bench/profile-http.ts [seconds] [out-dir]
 * Starts `node --cpu-prof dist/server.js` (run `npm run build` first: real line numbers) on a data directory whose
 * index is built (`DATA_DIR=dir npm run index`),
 * loads /healthz then /api/chat with 50 connections, prints requests/s, latency and the server's CPU time per
 * request, and stops the server (SIGTERM), which writes the profile into out-dir (default .scratch/http-profile).
 * SERVER=path/to/server.js runs another build (an earlier commit's dist/, to compare); out-dir "-" profiles nothing.
 */
const seconds = Number(process.argv[2] ?? 10);
const outDir = path.resolve(process.argv[3] ?? ".scratch/http-profile");
const dataDir = process.env.PROFILE_DATA_DIR ?? "data";
const CONNECTIONS = 50;

/** CPU seconds of a process so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const server = net.createServer().listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const { port } = server.address() as net.AddressInfo;
await new Promise((resolve) => server.close(resolve));
if (process.argv[3] !== "-") fs.mkdirSync(outDir, { recursive: true });
const profiling = process.argv[3] !== "-";
const entry = process.env.SERVER ?? "dist/server.js";
const child = spawn(process.execPath, [...(profiling ? ["--cpu-prof", `--cpu-prof-dir=${outDir}`] : []), entry], {
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, RATE_LIMITS: "off", LOG_LEVEL: "warn", WORKERS: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
for (;;) {
  const status = await fetch(`${base}/healthz`).then((r) => r.status, () => 0);
  if (status === 200) break;
  if (child.exitCode !== null) throw new Error("the server did not start");
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const questions = mixedQuestions(1000, "http").map((t) => t.message);
const chatBody = (i: number) => ({ message: questions[i % questions.length] });
await runLoad(`${base}/api/chat`, { method: "POST", connections: CONNECTIONS, durationMs: 1000, body: chatBody }); // warm-up
for (const [name, options] of [
  ["GET /healthz", { connections: CONNECTIONS, durationMs: seconds * 1000 }],
  ["POST /api/chat", { method: "POST" as const, connections: CONNECTIONS, durationMs: seconds * 1000, body: chatBody }],
] as const) {
  const cpuBefore = cpuSeconds(child.pid!);
  const result = await runLoad(`${base}${name.split(" ")[1]}`, options);
  const cpuMs = ((cpuSeconds(child.pid!) - cpuBefore) * 1000) / Math.max(1, result.requests);
  console.log(`${name}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, errors ${result.errors} of ${result.requests}, server CPU ${cpuMs.toFixed(2)} ms per request`);
}
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
if (profiling) console.log(`profile in ${outDir}`);
