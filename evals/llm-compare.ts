import { createAssistant, type Assistant } from "../src/app/create-assistant.js";
import type { Config } from "../src/config/index.js";
import type { LlmCounts } from "../src/llm/index.js";
import type { MetricResult } from "./metrics/types.js";

/** Runs one eval set on an assistant, its sessions named with `prefix`. */
export type SetRunner = (assistant: Assistant, file: string, prefix: string) => Promise<MetricResult[]>;

interface Run {
  metrics: MetricResult[];
  latencies: number[];
}

/** The assistant with each answer timed (milliseconds, end to end, model calls included). */
function timed(assistant: Assistant, latencies: number[]): Assistant {
  return {
    ...assistant,
    async answer(request, options) {
      const started = performance.now();
      try {
        return await assistant.answer(request, options);
      } finally {
        latencies.push(performance.now() - started);
      }
    },
  };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (name: string, offline: string, model: string) => console.log(`${name.padEnd(28)} ${offline.padStart(16)}   ${model}`);

function modelRows(before: LlmCounts, after: LlmCounts, answers: number): void {
  const used = after.answer.used - before.answer.used;
  const rejected = after.answer.rejected - before.answer.rejected;
  const fallbacks = after.answer.fallbacks - before.answer.fallbacks;
  const calls = used + rejected + fallbacks;
  const reasons = Object.entries(after.answer.rejections)
    .map(([reason, n]) => [reason, n - before.answer.rejections[reason as keyof LlmCounts["answer"]["rejections"]]] as const)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  row("model answers used", "–", calls ? `${pct(used / calls)} of ${calls} drafts (${answers} replies)` : "no drafts (LLM_MODE=condense)");
  row("drafts rejected", "–", calls ? `${pct(rejected / calls)}${reasons ? `  (${reasons})` : ""}` : "–");
  const condense = { ...after.condense };
  for (const key of ["used", "discarded", "fallbacks"] as const) condense[key] -= before.condense[key];
  const condenseCalls = condense.used + condense.discarded + condense.fallbacks;
  row("fallbacks (timeout, error)", "–", `${calls ? pct(fallbacks / calls) : "–"} of drafts; ${condenseCalls ? pct(condense.fallbacks / condenseCalls) : "–"} of rewrites`);
  row("follow-up rewrites", "–", condenseCalls ? `${condense.used} used, ${condense.discarded} discarded of ${condenseCalls}` : "none");
}

/**
 * npm run eval -- --llm [--file …]: each set twice, offline (extractive) and through the configured
 * model (LLM_MODE, LLM_BASE_URL, LLM_MODEL), side by side: the set's metrics (key fact = accuracy,
 * wrong answers), then what became of the model's drafts and the latency of a whole answer.
 */
export async function compareWithModel(config: Config, files: readonly string[], runSet: SetRunner): Promise<void> {
  if (!config.llm) throw new Error("--llm needs a model: set LLM_MODE=answer (or condense), LLM_BASE_URL and LLM_MODEL");
  const offline = await createAssistant({ ...config, llm: null });
  const model = await createAssistant(config);
  console.log(`Model ${config.llm.model} at ${config.llm.baseUrl}, LLM_MODE=${config.llm.mode}, LLM_TIMEOUT_MS=${config.llm.timeoutMs}, prompts ${model.llm!.prompts}`);
  for (const file of files) {
    const runs: Run[] = [];
    const before = model.llm!.stats.snapshot();
    for (const [assistant, prefix] of [[offline, "eval-offline-"], [model, "eval-llm-"]] as const) {
      const latencies: number[] = [];
      runs.push({ metrics: await runSet(timed(assistant, latencies), file, prefix), latencies });
    }
    const [plain, withModel] = runs as [Run, Run];
    console.log(`\nEval set ${file}`);
    row("", "offline", "with the model");
    for (const m of plain.metrics) {
      const other = withModel.metrics.find((o) => o.name === m.name);
      row(m.name, pct(m.value), other ? `${pct(other.value)}${other.detail ? `  ${other.detail}` : ""}` : "–");
    }
    modelRows(before, model.llm!.stats.snapshot(), withModel.latencies.length);
    const ms = (run: Run) => `${percentile(run.latencies, 50).toFixed(0)} / ${percentile(run.latencies, 95).toFixed(0)} ms`;
    row("latency p50 / p95", ms(plain), ms(withModel));
  }
  await offline.close();
  await model.close();
}
