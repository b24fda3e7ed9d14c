import http from "node:http";
import { once } from "node:events";

/** Seconds a client is asked to wait before trying again while the server loads (as the app's own 503s say). */
const RETRY_SECONDS = "5";

/**
 * The port opens before the application's modules are even imported (express, the native text and
 * vector libraries, the language-model client: seconds on a busy machine). Until the app takes over,
 * /healthz and /readyz answer 503 {status: "loading"} and everything else 503 with Retry-After, as the
 * app itself does while the index loads.
 */
export async function listenEarly(port: number, host: string): Promise<{ server: http.Server; handOver(app: http.RequestListener): void }> {
  const loading: http.RequestListener = (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const health = path === "/healthz" || path === "/readyz";
    res.writeHead(503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...(health ? {} : { "retry-after": RETRY_SECONDS }),
    });
    res.end(JSON.stringify(health ? { status: "loading" } : { error: { code: "not_ready", message: "政策知识库正在加载，请稍后再试。" } }));
  };
  const server = http.createServer(loading);
  server.listen(port, host);
  await once(server, "listening");
  return {
    server,
    handOver(app) {
      server.off("request", loading);
      server.on("request", app);
    },
  };
}
