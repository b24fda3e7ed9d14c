import type { Server } from "node:http";
import type { RequestHandler } from "express";

export interface Drain {
  /** Counts requests in flight; while draining, answers carry Connection: close. */
  track: RequestHandler;
  /** True from the first SIGTERM on: /readyz answers 503 so the load balancer moves away. */
  isDraining(): boolean;
  inFlight(): number;
  /**
   * Stops accepting connections, lets the requests in flight finish (closing each keep-alive
   * connection as it goes idle), and after timeoutMs cuts whatever is left. Resolves with how
   * many requests were cut.
   */
  drain(server: Server, timeoutMs: number): Promise<{ cut: number }>;
}

export function createDrain(): Drain {
  let draining = false;
  let active = 0;
  let settled: (() => void) | null = null;
  return {
    track(_req, res, next) {
      active += 1;
      if (draining) res.setHeader("Connection", "close");
      res.once("close", () => {
        active -= 1;
        if (draining && active === 0) settled?.();
      });
      next();
    },
    isDraining: () => draining,
    inFlight: () => active,
    async drain(server, timeoutMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Connections become idle as their last response goes out: close them then, not at the timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const idle = new Promise<void>((resolve) => {
        settled = resolve;
        if (active === 0) resolve();
      });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
      const outcome = await Promise.race([Promise.all([idle, closed]).then(() => "done" as const), timedOut]);
      clearInterval(sweep);
      clearTimeout(timer);
      if (outcome === "done") return { cut: 0 };
      const cut = active;
      server.closeAllConnections();
      return { cut };
    },
  };
}
