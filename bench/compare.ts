import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChatResponse } from "../src/answer/index.js";
import type { Assistant } from "../src/app/create-assistant.js";
import { mixedQuestions } from "./mixed-questions.js";

/**
 * npx tsx bench/compare.ts <other checkout> [rounds] — this checkout against another one (an earlier commit:
 * `git archive <commit> | tar -x -C dir`, node_modules linked into it), in one process. On a shared machine two
 * `npm run bench` runs minutes apart differ by more than most changes (the same code measured 2.09 and 4.85 ms
 * at the median): here both assistants answer the 1,000 mixed questions turn by turn, alternating which goes
 * first, `rounds` times over with new sessions, and each turn counts by its fastest round (what it costs when the
 * neighbours leave the core alone). Prints both, the median of the paired ratios, and whether every response is
 * the same (answer ids, session ids and ticket numbers aside); then retrieval alone, the same way.
 */
const other = path.resolve(process.argv[2] ?? "");
const rounds = Number(process.argv[3] ?? 3);
if (!fs.existsSync(path.join(other, "src/app/create-assistant.ts"))) throw new Error("usage: npx tsx bench/compare.ts <other checkout> [rounds]");

interface Side {
  name: string;
  assistant: Assistant;
  dataDir: string;
  times: number[][];
}

async function open(name: string, root: string): Promise<Side> {
  // Each checkout reads its own knowledge and prompts (found from its own files) and builds its own index.
  const { createAssistant } = (await import(path.join(root, "src/app/create-assistant.ts"))) as typeof import("../src/app/create-assistant.js");
  const { loadConfig } = (await import(path.join(root, "src/config/index.ts"))) as typeof import("../src/config/index.js");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zhice-compare-${name}-`));
  console.log(`${name}: building the index (${root}) …`);
  // Built, closed and opened again: answered from the index as a server loads it (the process that builds one
  // scans the vectors it added one by one, several times slower).
  await (await createAssistant({ ...loadConfig(), dataDir, llm: null })).close();
  return { name, assistant: await createAssistant({ ...loadConfig(), dataDir, llm: null }), dataDir, times: [] };
}

const sides = [await open("this", path.resolve(import.meta.dirname, "..")), await open("other", other)] as const;
const turns = mixedQuestions(1000, "compare");
const comparable = (r: ChatResponse) => JSON.stringify({ ...r, answerId: "", sessionId: "", ticketId: r.ticketId ? "ticket" : "", answer: r.answer.replace(/ZC\d{8}-[A-Z0-9]+/g, "ZC…") });
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const fastest = (side: Side) => side.times[0]!.map((_, i) => Math.min(...side.times.map((round) => round[i]!)));

async function pass(label: string, run: (side: Side, i: number, round: number) => Promise<string>, count: number): Promise<void> {
  for (const side of sides) side.times = [];
  let differing = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const side of sides) side.times.push([]);
    for (let i = 0; i < count; i += 1) {
      const seen: string[] = [];
      for (const side of (round + i) % 2 ? [...sides].reverse() : sides) {
        const started = performance.now();
        seen.push(await run(side, i, round));
        side.times[round]!.push(performance.now() - started);
      }
      if (seen[0] !== seen[1]) differing += 1;
    }
  }
  const [mine, theirs] = sides.map(fastest) as [number[], number[]];
  for (const [side, best] of [[sides[0], mine], [sides[1], theirs]] as const) {
    console.log(`${label} ${side.name.padEnd(5)} p50 ${percentile(best, 0.5).toFixed(3)} ms, p99 ${percentile(best, 0.99).toFixed(3)} ms, mean ${(best.reduce((a, b) => a + b, 0) / best.length).toFixed(3)} ms`);
  }
  console.log(`${label} this/other: median of paired ratios ${percentile(mine.map((t, i) => t / theirs[i]!), 0.5).toFixed(3)}; results differing: ${differing} of ${count * rounds}`);
}

// Warm-up: the first answers run cold code.
for (const side of sides) for (const turn of turns.slice(0, 100)) await side.assistant.answer({ ...turn, sessionId: `warm-${turn.sessionId}`, channel: "api" });
await pass("answer", async (side, i, round) => comparable(await side.assistant.answer({ message: turns[i]!.message, sessionId: `r${round}-${turns[i]!.sessionId}`, channel: "api" })), turns.length);
const queries = sides.map((side) => turns.map((turn) => side.assistant.prepare(turn.message)));
await pass(
  "search",
  async (side, i) => JSON.stringify((await side.assistant.retriever.search(queries[sides.indexOf(side)]![i]!, 8)).map((c) => [c.passage.id, c.score, c.features])),
  turns.length,
);
for (const side of sides) {
  await side.assistant.close();
  fs.rmSync(side.dataDir, { recursive: true, force: true });
}
