import fs from "node:fs";
import inspector from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/config/index.js";
import { mixedQuestions } from "./mixed-questions.js";

/**
 * Answers 1,000 mixed questions in process and profiles only that (not the index build):
 *   npx tsx bench/profile.ts [out.cpuprofile]
 * Prints the median and p99; the profile opens in Chrome DevTools (Performance → Load profile).
 * (`node --cpu-prof --import tsx bench/profile.ts` profiles the whole run, start-up included.)
 */
const out = process.argv[2] ?? ".scratch/answers.cpuprofile";
const dataDir = process.env.PROFILE_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "zhice-profile-"));
// Profile the index as a server has it, loaded from disk: in the process that builds it, the vectors it added are
// scanned one by one beside the exact search's columns (45% of a profile instead of 13%).
if (!process.env.PROFILE_DATA_DIR) await (await createAssistant({ ...loadConfig(), dataDir })).close();
const assistant = await createAssistant({ ...loadConfig(), dataDir });
const session = new inspector.Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const times: number[] = [];
const cpuBefore = process.cpuUsage();
for (const turn of mixedQuestions(1000, "profile")) {
  const started = performance.now();
  await assistant.answer({ message: turn.message, sessionId: turn.sessionId, channel: "api" });
  times.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
const { profile } = await session.post("Profiler.stop");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(profile));
await assistant.close();
if (!process.env.PROFILE_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2);
const cpuMs = (cpu.user + cpu.system) / 1000 / times.length;
console.log(`answers: ${times.length}, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, CPU ${cpuMs.toFixed(2)} ms per answer (profiler on); profile in ${out}`);
