import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

interface MetricsRequest {
  type: "zhice:metrics-req";
  id: number;
}
interface MetricsResponse {
  type: "zhice:metrics-res";
  id: number;
  text?: string;
  error?: string;
}

/**
 * A worker's /metrics under node:cluster: any worker may get the scrape, so it asks the primary,
 * which collects every worker's registry (prom-client's AggregatorRegistry) and answers the sum.
 */
export function workerScrape(registry: Registry): { scrape: () => Promise<string>; onMessage: (message: unknown) => void } {
  new AggregatorRegistry(); // installs the worker's answer to the primary's collection request
  AggregatorRegistry.setRegistries([registry]);
  let next = 0;
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  return {
    scrape: () =>
      new Promise((resolve, reject) => {
        const id = (next += 1);
        const timer = setTimeout(() => (pending.delete(id), reject(new Error("the cluster primary did not answer with metrics"))), 6_000);
        pending.set(id, { resolve: (t) => (clearTimeout(timer), resolve(t)), reject: (e) => (clearTimeout(timer), reject(e)) });
        process.send?.({ type: "zhice:metrics-req", id } satisfies MetricsRequest);
      }),
    onMessage(message) {
      const m = message as Partial<MetricsResponse>;
      if (m?.type !== "zhice:metrics-res" || typeof m.id !== "number") return;
      const waiting = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) waiting?.reject(new Error(m.error));
      else waiting?.resolve(m.text ?? "");
    },
  };
}

/** The primary's side: answers a worker's request with the whole cluster's metrics. */
export function primaryMetrics(): (worker: Worker, message: unknown) => void {
  const aggregator = new AggregatorRegistry();
  return (worker, message) => {
    const m = message as Partial<MetricsRequest>;
    if (m?.type !== "zhice:metrics-req" || typeof m.id !== "number") return;
    const id = m.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: "zhice:metrics-res", id, text } satisfies MetricsResponse),
      (error: Error) => worker.send({ type: "zhice:metrics-res", id, error: error.message } satisfies MetricsResponse),
    );
  };
}

export const isClusterWorker = () => cluster.isWorker;
