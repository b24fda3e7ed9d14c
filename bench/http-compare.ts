import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runLoad, type LoadOptions } from "./http-load.js";
import { mixedQuestions } from "./mixed-questions.js";
import { freePort } from "./free-port.js";

/**
 * npx tsx bench/http-compare.ts <other checkout> <data dir> [rounds] [seconds] — this checkout's compiled server
 * against another's (both `npm run build` first), over HTTP, side by side: each on its own copy of an indexed data
 * directory (`DATA_DIR=dir npm run index`), both running, loaded in turn in `seconds`-long slices (order
 * alternating) with 50 connections, /healthz then /api/chat, `rounds` times. Prints each slice's requests/s and
 * the server's CPU time per request (from /proc), then the medians: so the machine's neighbours hit both alike.
 * THIS_NODE_ARGS / OTHER_NODE_ARGS (space-separated) give either server node options, to compare runtime flags
 * (the other checkout may then be this one).
 */
const other = path.resolve(process.argv[2] ?? "");
const sourceData = path.resolve(process.argv[3] ?? "");
const rounds = Number(process.argv[4] ?? 4);
const seconds = Number(process.argv[5] ?? 3);
if (!fs.existsSync(path.join(other, "dist/server.js")) || !fs.existsSync(path.join(sourceData, "index"))) {
  throw new Error("usage: npx tsx bench/http-compare.ts <other checkout, built> <indexed data dir> [rounds] [seconds]");
}
const CONNECTIONS = 50;

const cpuSeconds = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

interface Server {
  name: string;
  child: ChildProcess;
  base: string;
  dataDir: string;
  slices: Record<string, { perSecond: number; cpuMs: number; p99: number }[]>;
}

async function start(name: string, root: string, nodeArgs: string[]): Promise<Server> {
  // A copy of the index and start-up caches, without the database: each server writes its own.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zhice-http-${name}-`));
  for (const part of ["index", "cache", "session-secret", "data-encryption.key"]) {
    const from = path.join(sourceData, part);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dataDir, part), { recursive: true });
  }
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "dist/server.js")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, RATE_LIMITS: "off", LOG_LEVEL: "warn", WORKERS: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if ((await fetch(`${base}/healthz`).then((r) => r.status, () => 0)) === 200) break;
    if (child.exitCode !== null) throw new Error(`${name}: the server did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { name, child, base, dataDir, slices: {} };
}

const argsOf = (value: string | undefined) => (value ?? "").split(" ").filter(Boolean);
const servers = [
  await start("this", path.resolve(import.meta.dirname, ".."), argsOf(process.env.THIS_NODE_ARGS)),
  await start("other", other, argsOf(process.env.OTHER_NODE_ARGS)),
] as const;
const questions = mixedQuestions(1000, "http").map((t) => t.message);
const routes: [string, string, Omit<LoadOptions, "connections" | "durationMs">][] = [
  ["/healthz", "/healthz", {}],
  ["/api/chat", "/api/chat", { method: "POST", body: (i) => ({ message: questions[i % questions.length] }) }],
];
for (const server of servers) await runLoad(`${server.base}/api/chat`, { ...routes[1]![2], connections: CONNECTIONS, durationMs: 2000 }); // warm-up
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (let round = 0; round < rounds; round += 1) {
  for (const [label, route, options] of routes) {
    for (const server of round % 2 ? [...servers].reverse() : servers) {
      const before = cpuSeconds(server.child.pid!);
      const result = await runLoad(`${server.base}${route}`, { ...options, connections: CONNECTIONS, durationMs: seconds * 1000 });
      const cpuMs = ((cpuSeconds(server.child.pid!) - before) * 1000) / Math.max(1, result.requests);
      (server.slices[label] ??= []).push({ perSecond: result.perSecond, cpuMs, p99: result.p99 });
      console.log(`round ${round} ${server.name.padEnd(5)} ${label.padEnd(9)} ${result.perSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(1)} ms, ${cpuMs.toFixed(3)} ms CPU per request, errors ${result.errors}`);
    }
  }
}
for (const server of servers) {
  const [h, c] = [server.slices["/healthz"]!, server.slices["/api/chat"]!];
  const ratio = median(c.map((s, i) => s.perSecond / h[i]!.perSecond));
  console.log(
    `${server.name.padEnd(5)} medians: /healthz ${median(h.map((s) => s.perSecond)).toFixed(0)} req/s at ${median(h.map((s) => s.cpuMs)).toFixed(3)} ms CPU; ` +
      `/api/chat ${median(c.map((s) => s.perSecond)).toFixed(0)} req/s at ${median(c.map((s) => s.cpuMs)).toFixed(3)} ms CPU, p99 ${median(c.map((s) => s.p99)).toFixed(1)} ms; chat/healthz ${(ratio * 100).toFixed(1)}%`,
  );
}
for (const server of servers) {
  server.child.kill("SIGTERM");
  await new Promise((resolve) => (server.child.exitCode !== null ? resolve(null) : server.child.once("exit", resolve)));
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}
