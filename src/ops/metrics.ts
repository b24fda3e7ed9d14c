import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** What the gauges read when Prometheus scrapes; null while the assistant is loading. */
export interface MetricSources {
  /** Tickets waiting for staff, by status (open, claimed). */
  queueDepth(): Promise<{ open: number; claimed: number } | null>;
  /** Sections in the running index (published FAQ entries included). */
  indexSections(): number | null;
}

export interface Metrics {
  registry: Registry;
  /** The text Prometheus reads: this process's metrics, or every worker's under node:cluster. */
  scrape(): Promise<string>;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** One answer given (any channel), by status and topic. */
  observeAnswer(status: string, topic: string | null): void;
  /** A ticket opened for staff: answer (the pipeline escalated), handoff (转人工), unhelpful (rating). */
  observeEscalation(source: "answer" | "handoff" | "unhelpful"): void;
  /** A FAQ entry published on another instance or worker and added to this one's index. */
  observeFaqReceived(): void;
}

/**
 * The Prometheus metrics of one process, in their own registry (tests build several). With
 * node:cluster the primary sums the workers' registries (see cluster-metrics.ts); gauges that
 * every worker reads from the same database take the maximum instead.
 */
export function createMetrics(sources: MetricSources, options: { processMetrics?: boolean; scrape?: (registry: Registry) => Promise<string> } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "zhice_" });
  const requests = new Counter({
    name: "zhice_http_requests_total",
    help: "HTTP requests by route, method and status",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "zhice_http_request_duration_seconds",
    help: "HTTP request latency by route, method and status",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const answers = new Counter({
    name: "zhice_answers_total",
    help: "Answers given, by status (answered, clarify, escalated, out_of_scope) and topic",
    labelNames: ["status", "topic"] as const,
    registers: [registry],
  });
  const escalations = new Counter({
    name: "zhice_escalations_total",
    help: "Tickets opened for staff, by source (answer, handoff, unhelpful)",
    labelNames: ["source"] as const,
    registers: [registry],
  });
  const faqReceived = new Counter({
    name: "zhice_faq_received_total",
    help: "FAQ entries published elsewhere (another instance or worker) and added to this index",
    registers: [registry],
  });
  new Gauge({
    name: "zhice_queue_depth",
    help: "Tickets waiting for staff, by status",
    labelNames: ["status"] as const,
    aggregator: "max",
    registers: [registry],
    async collect() {
      const depth = await sources.queueDepth();
      if (!depth) return;
      this.set({ status: "open" }, depth.open);
      this.set({ status: "claimed" }, depth.claimed);
    },
  });
  new Gauge({
    name: "zhice_index_sections",
    help: "Sections in the running search index",
    aggregator: "max",
    registers: [registry],
    collect() {
      const sections = sources.indexSections();
      if (sections !== null) this.set(sections);
    },
  });
  return {
    registry,
    scrape: () => (options.scrape ? options.scrape(registry) : registry.metrics()),
    observeRequest(route, method, status, seconds) {
      const labels = { route, method, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    observeAnswer: (status, topic) => answers.inc({ status, topic: topic ?? "none" }),
    observeEscalation: (source) => escalations.inc({ source }),
    observeFaqReceived: () => faqReceived.inc(),
  };
}
