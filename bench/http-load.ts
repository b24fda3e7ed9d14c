import http from "node:http";

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  method?: "GET" | "POST";
  /** A fresh body for each request (JSON), or none. */
  body?: (i: number) => unknown;
  connections: number;
  durationMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * A small closed-loop load generator: `connections` keep-alive connections, each sending its next request as
 * soon as the previous answer is read, for `durationMs`. Counts non-2xx answers as errors.
 */
export async function runLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const once = () =>
    new Promise<void>((resolve) => {
      const body = options.body ? JSON.stringify(options.body(sent)) : undefined;
      sent += 1;
      const begun = performance.now();
      const request = http.request(
        {
          host: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method ?? "GET", agent,
          headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {},
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - begun);
            if ((response.statusCode ?? 500) >= 300) errors += 1;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors += 1;
        resolve();
      });
      request.end(body);
    });
  const worker = async () => {
    while (performance.now() < deadline) await once();
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSecond: (latencies.length / elapsed) * 1000, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}
