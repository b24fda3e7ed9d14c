import path from "node:path";
import { z } from "zod";
import { fillPlaceholders, readYamlFile } from "../answer/data-files.js";
import { ZhiceError } from "../errors.js";

const promptFile = z.object({ version: z.number().int().min(1), text: z.string().min(10) });
const condenseFile = promptFile.extend({ system: z.string().min(10) });

/** A prompt with its version, filled through the same placeholder rule as the canned replies. */
export interface Prompt {
  version: number;
  text: string;
  fill(values: Record<string, string>): string;
}

export interface LlmPrompts {
  system: Prompt;
  answer: Prompt;
  condense: Prompt & { system: string };
  /** system@1 answer@1 condense@1: reported with eval figures. */
  versions: string;
}

function prompt(name: string, file: { version: number; text: string }, required: readonly string[]): Prompt {
  for (const key of required) {
    if (!file.text.includes(`{${key}}`)) throw new ZhiceError("DATA_FILE_MISSING", `Prompt ${name} lacks the placeholder {${key}}`);
  }
  return { version: file.version, text: file.text, fill: (values) => fillPlaceholders(`Prompt ${name}`, file.text, values) };
}

/** The model's prompts (prompts/llm/*.yaml); a missing file, field or placeholder stops start-up. */
export function loadLlmPrompts(promptsDir: string): LlmPrompts {
  const dir = path.join(promptsDir, "llm");
  const system = prompt("llm/system.yaml", readYamlFile(path.join(dir, "system.yaml"), promptFile), ["maxChars"]);
  const answer = prompt("llm/answer.yaml", readYamlFile(path.join(dir, "answer.yaml"), promptFile), ["sections", "question"]);
  const condenseData = readYamlFile(path.join(dir, "condense.yaml"), condenseFile);
  const condense = { ...prompt("llm/condense.yaml", condenseData, ["previous", "message"]), system: condenseData.system };
  return { system, answer, condense, versions: `system@${system.version} answer@${answer.version} condense@${condense.version}` };
}
