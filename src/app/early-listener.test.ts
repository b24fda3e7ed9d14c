import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { listenEarly } from "./early-listener.js";

describe("listenEarly", () => {
  it("answers loading until the app takes over the same port", async () => {
    const { server, handOver } = await listenEarly(0, "127.0.0.1");
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: "loading" });
      expect((await fetch(`${base}/readyz?probe=1`)).status).toBe(503);
      const chat = await fetch(`${base}/api/chat`, { method: "POST", body: "{}" });
      expect(chat.status).toBe(503);
      expect(chat.headers.get("retry-after")).toBe("5");
      expect((await chat.json()).error.code).toBe("not_ready");
      handOver((_req, res) => res.end("app"));
      const after = await fetch(`${base}/healthz`);
      expect([after.status, await after.text()]).toEqual([200, "app"]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
