import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { createDrain } from "./drain.js";

/** A real server with one slow route that answers when told to. */
async function slowServer() {
  const drain = createDrain();
  const app = express();
  app.use(drain.track);
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    app.get("/slow", (_req, res) => {
      resolve();
      release = () => res.json({ done: true });
    });
  });
  app.get("/fast", (_req, res) => void res.json({ fast: true }));
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { drain, server, port, arrived, release: () => release() };
}

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent: new http.Agent({ keepAlive: true }) }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });

describe("graceful drain", () => {
  it("lets a request in flight finish, refuses new connections, and then resolves", async () => {
    const { drain, server, port, arrived, release } = await slowServer();
    const inFlight = get(port, "/slow");
    await arrived;
    expect(drain.inFlight()).toBe(1);
    const drained = drain.drain(server, 5_000);
    expect(drain.isDraining()).toBe(true);
    await expect(get(port, "/fast")).rejects.toThrow(/ECONNREFUSED/);
    setTimeout(release, 200);
    const response = await inFlight;
    expect(response).toEqual({ status: 200, body: '{"done":true}' });
    expect(await drained).toEqual({ cut: 0 });
    expect(server.listening).toBe(false);
  });

  it("cuts a request that does not finish within the timeout", async () => {
    const { drain, server, port, arrived } = await slowServer();
    const inFlight = get(port, "/slow").catch((error: Error) => error);
    await arrived;
    const started = Date.now();
    expect(await drain.drain(server, 300)).toEqual({ cut: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toBeInstanceOf(Error);
  });
});
