import { createContext, type AnswerContext } from "./context.js";
import type { PipelineDeps } from "./deps.js";
import { align } from "./stages/align.js";
import { check } from "./stages/check.js";
import { compose } from "./stages/compose.js";
import { condense } from "./stages/condense.js";
import { contextualize } from "./stages/contextualize.js";
import { escalate } from "./stages/escalate.js";
import { generate } from "./stages/generate.js";
import { guardrails } from "./stages/guardrails.js";
import { retrieve } from "./stages/retrieve.js";
import { route } from "./stages/route.js";
import { triage } from "./stages/triage.js";
import { regional } from "./stages/regional.js";
import { validity } from "./stages/validity.js";
import type { ChatRequest } from "./types.js";

interface Stage {
  run(ctx: AnswerContext, deps: PipelineDeps): void | Promise<void>;
  /** Runs even after an earlier stage decided the reply (checks and hand-offs act on any status). */
  always?: true;
}

/**
 * The answer pipeline, in order. A stage that decides the reply sets ctx.finished. condense and
 * generate call the language model only when one is configured (LLM_MODE); generate comes after the
 * extractive answer is composed and checked, which stays whenever the model's draft is not used.
 */
const STAGES: readonly Stage[] = [
  { run: guardrails },
  { run: contextualize },
  { run: condense },
  { run: triage },
  { run: retrieve },
  { run: align },
  { run: route },
  { run: compose },
  { run: validity },
  { run: regional },
  { run: check, always: true },
  { run: generate },
  { run: escalate, always: true },
];

/**
 * Understanding and answering only: reads the session's last turn but writes nothing (no ticket, no
 * log), so the CLI can preview answers; the recorder turns the result into a reply and stores it.
 */
export function createAnswerPipeline(deps: PipelineDeps) {
  return async function run(request: ChatRequest, hooks: { onDraft?: (text: string) => void } = {}): Promise<AnswerContext> {
    const ctx = createContext(request);
    ctx.onDraft = hooks.onDraft ?? null;
    for (const stage of STAGES) {
      if (ctx.finished && !stage.always) continue;
      await stage.run(ctx, deps);
    }
    return ctx;
  };
}

export type AnswerPipeline = ReturnType<typeof createAnswerPipeline>;
