import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "./app/testing.js";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const children: ChildProcess[] = [];

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return true;
  }
  return false;
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  children.push(child);
  for (let i = 0; i < 1200; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not become healthy");
}

afterEach(() => {
  for (const child of children.splice(0)) {
    // npm start runs in its own process group: kill the whole group, never leave a server behind.
    if (child.spawnargs[0] === "npm" && child.pid) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    } else child.kill("SIGKILL");
  }
});

describe("the real server process", () => {
  it("keeps an acknowledged ticket through kill -9, and a retried request makes no second ticket", async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const ask = (sessionId?: string) =>
      fetch(`${base}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": "retry-me-1" },
        body: JSON.stringify({ message: "我的医保报销单为什么被退回了", sessionId }),
      }).then((r) => r.json() as Promise<{ status: string; ticketId: string; sessionId: string }>);

    const server = await startServer(dataDir, port);
    const first = await ask();
    expect(first.status).toBe("escalated");
    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));

    await startServer(dataDir, port);
    // The session secret lives in DATA_DIR, so the issued session id still works after the restart.
    const seen = await fetch(`${base}/api/tickets/${first.ticketId}?sessionId=${first.sessionId}`).then((r) => r.json() as Promise<{ status: string }>);
    expect(seen.status).toBe("open");
    const retried = await ask(first.sessionId);
    expect(retried.ticketId).toBe(first.ticketId);
  }, 300_000); // two starts, the first building the index, on a busy machine

  // Defect 6 (issue 12): SIGTERM to `npm start` left node running as an orphan holding the port.
  it("stops on SIGTERM to `npm start`, leaving no process on the port", async () => {
    const port = await freePort();
    const npm = spawn("npm", ["start"], { env: { ...process.env, PORT: String(port), DATA_DIR: tempDir(), LOG_LEVEL: "warn" }, stdio: "ignore", detached: true });
    children.push(npm);
    expect(await waitUntil(() => portOpen(port), 60_000)).toBe(true);
    const exited = new Promise((resolve) => npm.once("exit", resolve));
    npm.kill("SIGTERM");
    await exited;
    expect(await waitUntil(async () => !(await portOpen(port)), 10_000)).toBe(true);
  }, 120_000);

  it("refuses to start with a bad setting, naming the variable", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { env: { ...process.env, PORT: "not-a-port" } });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("PORT");
  });
});
